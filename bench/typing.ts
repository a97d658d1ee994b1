// Typing latency against document size. A benchmark, not a test: it prints
// numbers and asserts nothing. Run after a production renderer build:
//
//   npx electron-vite build && npm run bench:typing
//
// Options (environment): BENCH_SIZES=50,1000,5000  BENCH_CHARS=200  BENCH_ROUNDS=4
//   BENCH_PROFILE=0|1  BENCH_BASELINES=0|1  BENCH_LONGTASKS=0|1  BENCH_PREVIEW_TRIALS=5
//   BENCH_WATCH=ArticleEditor,Toolbar (more functions for the profile's inclusive time per key)
//
// Besides the printed table it writes bench/results/typing.json in the shared
// result shape (bench/report.ts): Copydesk's busy time per key against bare
// prosemirror-view at each size (the issue's limits: 1.5× at 50, 1.2× at 1,000
// and 5,000), long tasks while typing in the everyday article with the preview
// open (bench/long-tasks.ts; target 0), and what the preview update after a
// pause costs the main thread at 1,000 and 5,000 paragraphs
// (bench/preview-update.ts; target: no long task).
//
// The rows of one document size take turns (BENCH_ROUNDS rounds of
// CHARS / ROUNDS keys each): this machine is shared, its load changes by the
// minute, and a ratio between rows measured minutes apart says more about the
// load than about the editors.
//
// Each size is also typed into two floors, a plain contenteditable and a bare
// prosemirror-view (bench/baseline-editors.ts), caret in the middle, so that
// what grows with the document can be told apart: the browser's, ProseMirror's
// or ours.
//
// How a keystroke is measured, inside the page, one key at a time (the script
// waits for the key's frame before sending the next, so keys never queue up):
//   js      — main-thread time spent dispatching the key's events: for each of
//             keydown, keypress, beforeinput, input and keyup, from a capture
//             listener on window (runs first) to a bubble listener on window
//             (runs last), summed. react-prosemirror inserts text on
//             beforeinput and renders React with flushSync there, so this
//             includes the transaction, every plugin, React's render and commit
//             and the DOM selection update.
//   key     — the whole synchronous task of the key: from keydown's capture
//             listener to the last bubble listener before keyup. Unlike js it
//             includes the browser's own default action between events (a
//             plain contenteditable inserts the text there, with no listener
//             running), so it is the column to compare against the floors.
//   render  — the browser's rendering work for the frame after the key: from the
//             requestAnimationFrame callback to a message posted from it, which
//             runs once style, layout and paint of that frame are done.
//   busy    — key + render: what the key costs the main thread. Vsync waiting is
//             not included (it is 0–16.7 ms of noise that does not grow with the
//             document).
// The Event Timing API is not used: its keydown duration runs to the next
// presentation (vsync wait included, 8 ms rounding, nothing under 16 ms), and in
// headless Chromium with one key per frame it reported ≥16 ms for most keys even
// at 50 paragraphs, with some entries in the seconds — not a number to compare.
// Performance.getMetrics deltas (CDP) give the script/layout/style split per key,
// and with BENCH_PROFILE=1 a CDP CPU profile of the largest document gives
// self time per function per keystroke.
import os from 'node:os';
import type { CDPSession, Page } from '@playwright/test';
import { EVERYDAY_BLOCKS } from '../tests/fixtures/render/everyday-article';
import { launchApp, RENDERER_DIR } from '../tests/e2e/launch';
import { bundleMapOf, summarizeCpu, type BundleMap, type CpuProfile } from './profile';
import {
  body,
  browserWithNameHelper,
  CHARS,
  instrument,
  placeCaret,
  printRows,
  TEXT,
  typeOne,
  typeRun,
  type Row,
  type Target,
} from './keystroke-probe';
import { BASELINES, openBaseline } from './baseline-editors';
import { median, ratioRow, writeSuite, type BenchRow } from './report';
import { measureLongTasks } from './long-tasks';
import { measurePreviewUpdate } from './preview-update';
import { ROUNDS, WARMUP } from './keystroke-probe';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000,5000').split(',').map(Number);
const PROFILE = process.env.BENCH_PROFILE !== '0';
const BASELINES_ON = process.env.BENCH_BASELINES !== '0';
const LONGTASKS_ON = process.env.BENCH_LONGTASKS !== '0';
const PREVIEW_TRIALS = Number(process.env.BENCH_PREVIEW_TRIALS ?? 5);
/** The issue's limit on Copydesk's busy time per key against bare prosemirror-view, by size. */
const limitAt = (paragraphs: number) => (paragraphs <= 50 ? 1.5 : 1.2);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function profile(page: Page, cdp: CDPSession, count: number, bundle: BundleMap | null) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < count; i++) await typeOne(page, TEXT[i % TEXT.length]!);
  const { profile: p } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  // Native functions (no url) are named with their JavaScript caller, to say whose they are.
  const parentOf = new Map<number, ProfileNode>();
  for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(garbage collector)'].includes(functionName) && !url) {
      self.set(functionName, (self.get(functionName) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
      return;
    }
    const file = url.split('/').pop() ?? '';
    const caller = parentOf.get(id)?.callFrame;
    const key = url
      ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
      : `${functionName || '(native)'} [native, called from ${caller?.functionName || '(anonymous)'} :${(caller?.lineNumber ?? -1) + 1}]`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
  });
  // Inclusive time for the functions this benchmark is about (each counted once per sample).
  const inclusive = new Map<string, number>(WATCH.map((name) => [name, 0]));
  p.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = byId.get(id); n; n = parentOf.get(n.id)) {
      const name = n.callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name)! + (p.timeDeltas[i + 1] ?? 0));
      }
    }
  });
  return {
    owners: summarizeCpu(p as CpuProfile, bundle),
    self: [...self.entries()]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, us]) => ({ fn: k, msPerKey: us / 1000 / count })),
    inclusive: [...inclusive.entries()].map(([fn, us]) => ({ fn, msPerKey: us / 1000 / count })),
  };
}

/** Names in the renderer build (not minified): ours, prosemirror-view's, react-prosemirror's, React's. */
const WATCH = [
  'readDomSelection', // our keydown/beforeinput hook around prosemirror-view's domObserver.flush()
  'flush',
  'dispatchTransaction',
  'applyTransaction',
  'nextStats',
  'ChildNodeViews',
  'propagateParentContextChanges',
  'commitBeforeMutationEffects',
  'commitRoot',
  'setSelection',
  'notifyListeners',
  'renderArticlePage',
  // BENCH_WATCH=Name,Other adds functions (e.g. components: which of ours re-render on a key, and at what cost).
  ...(process.env.BENCH_WATCH ?? '').split(',').filter(Boolean),
];


/** Adds a later round's keys to a row. */
function merge(into: Row | undefined, size: number, where: string, run: Omit<Row, 'paragraphs' | 'where'>): Row {
  if (!into) return { paragraphs: size, where, ...run };
  const n0 = into.samples.length;
  const n1 = run.samples.length;
  const perKey = Object.fromEntries(Object.keys(into.perKey).map((k) => [k, (into.perKey[k]! * n0 + run.perKey[k]! * n1) / (n0 + n1)]));
  return { ...into, samples: [...into.samples, ...run.samples], perKey };
}

const busyMedian = (row: Row) => median(row.samples.map((s) => s.key + s.render));

async function main() {
  const startedAt = new Date();
  const chromium = await browserWithNameHelper();
  const app = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser });
  const rows: Row[] = [];
  const suite: BenchRow[] = [];
  let profiled: Awaited<ReturnType<typeof profile>> | null = null;
  try {
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const saved = () => page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
    const setPreview = async (open: boolean) => {
      if ((await page.locator('.preview-pane').count() > 0) === open) return;
      await app.emit('togglePreview');
      if (open) await page.locator('iframe[title="Published preview"]').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300);
    };
    for (const size of SIZES) {
      const headline = `Benchmark ${size} paragraphs`;
      app.services.articles.create({ headline, body: body(size) as never });
      await app.reload();
      await page.getByRole('button', { name: new RegExp(headline) }).click();
      await page.locator('.body-editor > p').nth(size - 1).waitFor();
      await instrument(page);
      const middle = Math.floor(size / 2);
      const targets: Target[] = (['middle', 'end', 'middle+preview'] as const).map((where) => ({
        where,
        page,
        cdp,
        prepare: async () => {
          // The live preview re-renders 150 ms after typing stops: measured in its own row, with the pane open as the app starts.
          await setPreview(where === 'middle+preview');
          await placeCaret(page, where === 'end' ? 'last' : middle);
        },
        settle: async () => {
          await saved();
          await page.waitForTimeout(where === 'middle+preview' ? 600 : 200);
        },
      }));
      const baselinePages: Page[] = [];
      if (BASELINES_ON) {
        for (const kind of BASELINES) {
          const baseline = await openBaseline(chromium.browser, kind, size);
          const baselineCdp = await baseline.context().newCDPSession(baseline);
          await baselineCdp.send('Performance.enable');
          await instrument(baseline);
          baselinePages.push(baseline);
          // Between the two Copydesk rows with the preview closed and the one with it open: one toggle per round each way.
          targets.splice(2, 0, {
            where: kind,
            page: baseline,
            cdp: baselineCdp,
            prepare: () => placeCaret(baseline, middle),
            settle: () => baseline.waitForTimeout(200),
          });
        }
      }
      const byWhere = new Map<string, Row>();
      const perRound = Math.ceil(CHARS / ROUNDS);
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of targets) {
          await target.prepare();
          const run = await typeRun(target.page, target.cdp, perRound, round === 0 ? WARMUP : 5);
          byWhere.set(target.where, merge(byWhere.get(target.where), size, target.where, run));
          await target.settle();
        }
        process.stderr.write(`${size}: round ${round + 1}/${ROUNDS} done\n`);
      }
      for (const target of targets) rows.push(byWhere.get(target.where)!);

      const floor = byWhere.get('prosemirror-view');
      if (floor) {
        for (const where of ['middle', 'middle+preview']) {
          const row = byWhere.get(where)!;
          suite.push(
            ratioRow(
              {
                id: `typing.busy.${size}${where === 'middle' ? '' : '.preview'}`,
                what: `busy per key, ${size.toLocaleString('en-US')} paragraphs, caret mid-document${where === 'middle' ? '' : ', preview open'} (median)`,
                value: busyMedian(row),
                unit: 'ms',
                baseline: { what: 'bare prosemirror-view, same article, same run', value: busyMedian(floor) },
                target: `≤ ${limitAt(size)}× bare prosemirror-view`,
              },
              limitAt(size),
            ),
          );
        }
      }
      for (const baseline of baselinePages) await baseline.context().close();

      if (size >= 1000 && PREVIEW_TRIALS > 0) {
        await setPreview(true);
        await placeCaret(page, middle);
        await saved();
        const samples = await measurePreviewUpdate(page, cdp, PREVIEW_TRIALS);
        const longest = Math.max(...samples.map((s) => s.longestMs));
        // The app's own part of each trial's longest task: less the test host's IPC transport (preview-update.ts).
        const longestApp = Math.max(...samples.map((s) => s.longestMs - s.longestHostMs));
        // A trial whose clock marks the profile did not sample has no busy figure.
        const busy = samples.map((s) => s.busyMs).filter(Number.isFinite);
        suite.push({
          id: `typing.preview-update.${size}`,
          what: `preview update after a pause, ${size.toLocaleString('en-US')} paragraphs: main-thread busy (median of ${busy.length}; longest task of ${samples.length} ${longest.toFixed(0)} ms, ${longestApp.toFixed(0)} ms of it not the test host's IPC transport; last key → new page ${median(samples.map((s) => s.latencyMs)).toFixed(0)} ms)`,
          value: median(busy),
          unit: 'ms',
          target: "no long task of the app's (none ≥ 50 ms)",
          pass: longestApp < 50,
        });
        for (const x of samples) process.stderr.write(`  preview update: busy ${x.busyMs.toFixed(0)} ms, longest task ${x.longestMs.toFixed(0)} ms (test host ${x.longestHostMs.toFixed(0)}), latency ${x.latencyMs.toFixed(0)} ms${x.where ? `: ${x.where}` : ''}\n`);
        process.stderr.write(`${size}: preview update done\n`);
      }
      if (PROFILE && size === Math.max(...SIZES)) {
        await setPreview(false); // the profile is of the editor alone
        await placeCaret(page, middle);
        profiled = await profile(page, cdp, 100, await bundleMapOf(page, RENDERER_DIR));
      }
      // Leave the article so the next one starts clean (and let its save finish).
      await page.waitForTimeout(1200);
    }
    if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
  } finally {
    await app.close();
  }

  let longTasks: Awaited<ReturnType<typeof measureLongTasks>> | null = null;
  try {
    if (LONGTASKS_ON) longTasks = await measureLongTasks(chromium.browser, { profile: PROFILE, keys: 200 });
  } finally {
    await chromium.close();
  }

  printRows(rows);
  if (profiled) {
    console.log(`\nCPU profile, ${Math.max(...SIZES)} paragraphs, caret in the middle, preview closed, 100 keys: self time per keystroke (ms)`);
    for (const { fn, msPerKey } of profiled.self) console.log(`${msPerKey.toFixed(3).padStart(8)}  ${fn}`);
    console.log('\nInclusive time per keystroke (ms), same profile:');
    for (const { fn, msPerKey } of profiled.inclusive) console.log(`${msPerKey.toFixed(3).padStart(8)}  ${fn}`);
    console.log('\nSame profile, self time per keystroke by owner (ms; native calls charged to their caller):');
    for (const { owner, ms } of profiled.owners.byOwner.slice(0, 12)) console.log(`${(ms / 100).toFixed(3).padStart(8)}  ${owner}`);
    console.log('  ours, by function:');
    for (const { fn, owner, ms } of profiled.owners.topSelf.filter((f) => f.owner.startsWith('ours')).slice(0, 10)) console.log(`${(ms / 100).toFixed(3).padStart(8)}  ${fn} [${owner}]`);
  }
  if (longTasks) {
    const { longTasks: tasks, keys, pauses, spanMs } = longTasks;
    console.log(
      `\nEveryday article (${EVERYDAY_BLOCKS} blocks), preview open, ${keys} keys with ${pauses} pauses, first key → settled ${(spanMs / 1000).toFixed(1)} s: ${tasks.length} long tasks > 50 ms${tasks.length ? ':' : ''}`,
    );
    for (const t of tasks)
      console.log(
        `  ${t.durationMs.toFixed(0).padStart(5)} ms at +${((t.startMs - longTasks.firstMs) / 1000).toFixed(1)} s${t.cpuMs === undefined ? '' : `, main thread's own CPU ${t.cpuMs.toFixed(0)} ms`}${t.where ? `  ${t.where}` : ''}`,
      );
    // Two figures, side by side: long tasks by the wall clock (what the
    // journalist feels, on this machine under its load at the time) and by the
    // main thread's own CPU time (the work the app did in them; a wall-clock
    // long task below 50 ms of CPU was waiting for a core).
    const load = `load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`;
    suite.push({
      id: 'typing.longtasks.everyday',
      what: `${EVERYDAY_BLOCKS}-block article, preview open, ${keys} chars: long tasks > 50 ms by the wall clock (${load})${tasks.length ? `: ${tasks.map((t) => t.durationMs.toFixed(0)).join(', ')} ms` : ''}`,
      value: tasks.length,
      unit: 'count',
      target: '0',
      pass: tasks.length === 0,
    });
    const timed = tasks.filter((t) => t.cpuMs !== undefined);
    if (PROFILE && timed.length === tasks.length) {
      const working = timed.filter((t) => t.cpuMs! > 50);
      const most = timed.length ? Math.max(...timed.map((t) => t.cpuMs!)) : 0;
      suite.push({
        id: 'typing.longtasks.everyday.cpu',
        what: `the same typing: long tasks with > 50 ms of main-thread CPU (trace thread time; the most in any long task: ${most.toFixed(0)} ms)`,
        value: working.length,
        unit: 'count',
        target: '0',
        pass: working.length === 0,
      });
    } else if (PROFILE) {
      console.log(`  ${tasks.length - timed.length} of the long tasks were not found in the trace: no CPU-time figure this run`);
    }
  }
  console.log('');
  writeSuite('typing', suite, startedAt);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
