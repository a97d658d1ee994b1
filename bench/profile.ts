// Whose time is it? Summaries of CDP CPU profiles and sampling heap profiles of
// the renderer build, by owner: each sample is charged to the package (or our
// folder) whose code was running, read from the `// node_modules/…` and
// `// renderer/src/…` region comments the bundler writes above every module
// (the build is not minified). Native functions are charged to their caller's
// owner, so `Selection.collapse` called by prosemirror-view counts as
// prosemirror-view's. Code outside the bundle (the test host's Playwright
// binding, injected scripts) is "host".
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** Module regions of one bundle: sorted start lines and the owner of each. */
export class BundleMap {
  private readonly starts: number[] = [];
  private readonly owners: string[] = [];

  constructor(
    readonly url: string,
    source: string,
  ) {
    source.split('\n').forEach((line, i) => {
      const m = /^\/\/ (\S+\/\S+\.(?:m?js|cjs|jsx?|tsx?))$/.exec(line);
      if (!m) return;
      this.starts.push(i); // 0-based, like CDP line numbers
      this.owners.push(ownerOf(m[1]!));
    });
  }

  /** The owner of the code at a 0-based line of this bundle. */
  owner(line: number): string {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? 'bundle runtime' : this.owners[found]!;
  }
}

/** `node_modules/@scope/pkg/dist/x.js` → `@scope/pkg`; `renderer/src/editor/x.tsx` → `ours: renderer/src/editor`. */
export function ownerOf(modulePath: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(modulePath);
  if (nm) {
    const pkg = nm[1]!;
    if (pkg === 'react-dom' || pkg === 'react' || pkg === 'scheduler') return 'react-dom (React)';
    if (pkg.startsWith('prosemirror-') || pkg === 'orderedmap' || pkg === 'rope-sequence' || pkg === 'w3c-keyname') return pkg;
    return pkg;
  }
  const ours = /^(renderer\/src\/[^/]+|shared\/[^/]+)/.exec(modulePath);
  return ours ? `ours: ${ours[1]}` : 'bundle runtime';
}

/** The renderer bundle of a page (read from the build folder it is served from: the page's CSP allows no fetch). */
export async function bundleMapOf(page: Page, rendererDir: string): Promise<BundleMap | null> {
  const url = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? null);
  if (!url) return null;
  const file = path.join(rendererDir, new URL(url).pathname);
  return fs.existsSync(file) ? new BundleMap(url, fs.readFileSync(file, 'utf8')) : null;
}

/** The owner of the test host's time: Playwright's binding, which serializes every IPC payload in the page, and its injected scripts. */
export const HOST = 'host (test transport, injected scripts)';
const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function ownerOfFrame(frame: CallFrame, bundle: BundleMap | null): string | null {
  if (!frame.url) return null; // native: decided by the caller
  if (bundle && frame.url === bundle.url) return bundle.owner(frame.lineNumber);
  return HOST;
}

export interface ProfileSummary {
  totalMs: number;
  byOwner: { owner: string; ms: number }[];
  topSelf: { fn: string; owner: string; ms: number }[];
}

/** Self time per owner and the top functions, over the samples whose time lies in [fromUs, toUs] (all by default). */
export function summarizeCpu(profile: CpuProfile, bundle: BundleMap | null, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const owners = new Map<string, number>();
  const fns = new Map<string, { owner: string; us: number }>();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (window && (t < window.fromUs || t > window.toUs)) return;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)') return;
    total += delta;
    let owner: string;
    if (SPECIAL.has(name) && !node.callFrame.url) owner = name === '(garbage collector)' ? 'garbage collector' : 'browser (program: style, layout, paint, input)';
    else {
      // Native frames are charged to the nearest JavaScript caller's owner, except the test
      // host's binding (Playwright's callBinding: it serializes every IPC payload in the page).
      let n: ProfileNode | undefined = node;
      let found: string | null = null;
      while (n && found === null) {
        found = !n.callFrame.url && n.callFrame.functionName === 'callBinding' ? HOST : ownerOfFrame(n.callFrame, bundle);
        n = parent.get(n.id);
      }
      owner = found ?? 'browser (program: style, layout, paint, input)';
    }
    owners.set(owner, (owners.get(owner) ?? 0) + delta);
    const label = `${name || '(anonymous)'}${node.callFrame.url ? ` :${node.callFrame.lineNumber + 1}` : ' [native]'}`;
    const entry = fns.get(label) ?? { owner, us: 0 };
    entry.us += delta;
    fns.set(label, entry);
  });
  return {
    totalMs: total / 1000,
    byOwner: [...owners.entries()].map(([owner, us]) => ({ owner, ms: us / 1000 })).sort((a, b) => b.ms - a.ms),
    topSelf: [...fns.entries()]
      .map(([fn, { owner, us }]) => ({ fn, owner, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 200),
  };
}

interface SamplingNode {
  callFrame: CallFrame;
  selfSize: number;
  children: SamplingNode[];
}

/** Live bytes at the end of a sampling heap profile, by the owner of the code that allocated them. */
export function summarizeHeap(head: SamplingNode, bundle: BundleMap | null): { owner: string; mb: number }[] {
  const owners = new Map<string, number>();
  const walk = (node: SamplingNode, inherited: string | null) => {
    const own = ownerOfFrame(node.callFrame, bundle) ?? inherited;
    if (node.selfSize) {
      const key = own ?? 'browser (native)';
      owners.set(key, (owners.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, own);
  };
  walk(head, null);
  return [...owners.entries()].map(([owner, bytes]) => ({ owner, mb: bytes / 2 ** 20 })).sort((a, b) => b.mb - a.mb);
}

export async function startCpuProfile(cdp: CDPSession, intervalUs = 200): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

export async function stopCpuProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return profile;
}

/** JavaScript heap in use after a full garbage collection, MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

export function printSummary(title: string, summary: ProfileSummary, per = 1, unit = 'ms'): void {
  console.log(`\n${title}`);
  for (const { owner, ms } of summary.byOwner) console.log(`${(ms / per).toFixed(ms / per >= 100 ? 0 : 2).padStart(9)} ${unit}  ${owner}`);
  console.log('  top functions (self):');
  for (const { fn, owner, ms } of summary.topSelf.slice(0, 15)) console.log(`${(ms / per).toFixed(2).padStart(9)} ${unit}  ${fn}  [${owner}]`);
}
