// "Typing never stalls": every long task (over 50 ms, the browser's own
// threshold) the page's main thread runs while a journalist types 200
// characters into the everyday article (61 blocks, quotes, photos; the
// fixture tests/fixtures/render/everyday-article.ts) with the preview open,
// pausing after every 50 characters as people do, so that the preview update
// (150 ms after a pause) and the autosave (750 ms) happen while it is
// measured — from the first key until the last save and preview update have
// settled. Counted by a PerformanceObserver for 'longtask' inside the page.
// With a CPU profile running alongside, each long task is told with the
// functions it spent its time in (owners as in profile.ts).
import fs from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { launchApp, RENDERER_DIR } from '../tests/e2e/launch';
import { everydayBody, EVERYDAY_BLOCKS, EVERYDAY_HEADLINE } from '../tests/fixtures/render/everyday-article';
import { TEXT } from './keystroke-probe';
import { bundleMapOf, HOST, startCpuProfile, stopCpuProfile, summarizeCpu, type BundleMap, type CpuProfile } from './profile';

export interface LongTask {
  startMs: number;
  durationMs: number;
  /**
   * The main thread's own CPU time in that task (a trace's thread time), when a
   * profile ran. On a machine with more runnable threads than cores a task can
   * pass 50 ms of wall time while the thread waits for a core: then this is small.
   */
  cpuMs?: number;
  /** Where its time went, when a profile ran: the biggest owners and functions. */
  where?: string;
}

export interface LongTaskRun {
  keys: number;
  pauses: number;
  longTasks: LongTask[];
  /** From the first key to settled (last save stored, preview showing the last word), ms. */
  spanMs: number;
  /** performance.now() at the first key. */
  firstMs: number;
}

const PAUSE_EVERY = 50;
const PAUSE_MS = 1200;

export async function calibrate(page: Page, which: 'start' | 'end' = 'start'): Promise<number> {
  // A named busy function whose samples tell the profile's clock against performance.now().
  return page.evaluate((end) => {
    const t = performance.now();
    const spin = () => {
      const until = performance.now() + 30; // long enough to be sampled on a loaded machine
      while (performance.now() < until);
    };
    // Two names, so a profile marked at both ends tells which mark it found.
    if (end) (function benchClockMarkerEnd() { spin(); })();
    else (function benchClockMarker() { spin(); })();
    return t;
  }, which === 'end');
}

export function markerTimeUs(profile: CpuProfile, name = 'benchClockMarker'): number | null {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      if (byId.get(id)!.callFrame.functionName === name) return t;
    }
  }
  return null;
}

/**
 * The profile's clock less performance.now()'s, in µs, from the mark at the start (calibrate) or, when the profile
 * holds no sample of it, from the one at the end (calibrate(page, 'end')): in some trials not one sample of a 30 ms
 * mark was in the profile, and the trial's busy time was NaN. Null when neither was sampled.
 */
export function clockOffsetUs(profile: CpuProfile, clocks: { start: number; end?: number }): number | null {
  const start = markerTimeUs(profile);
  if (start !== null) return start - clocks.start * 1000;
  const end = clocks.end === undefined ? null : markerTimeUs(profile, 'benchClockMarkerEnd');
  return end === null ? null : end - clocks.end! * 1000;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The thread time of the renderer main-thread task that matches a long task
 * (same start and length within a millisecond; trace and CPU profile share one
 * clock), in ms, or null if the trace has none.
 */
export function threadTimeOf(trace: readonly TraceEvent[], startUs: number, durUs: number): number | null {
  const mainThreads = new Set(trace.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let best: TraceEvent | null = null;
  let bestMiss = 1000; // µs
  for (const e of trace) {
    // 'RunTask' in older Chromium, 'ThreadControllerImpl::RunTask' in 156.
    if ((e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') || e.ph !== 'X' || e.dur === undefined || e.tdur === undefined || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const miss = Math.abs(e.ts - startUs) + Math.abs(e.dur - durUs);
    if (miss < bestMiss) {
      best = e;
      bestMiss = miss;
    }
  }
  return best ? best.tdur! / 1000 : null;
}

/** A task's span on the profile's clock. */
const taskWindow = (offsetUs: number, task: LongTask) => ({ fromUs: task.startMs * 1000 + offsetUs, toUs: (task.startMs + task.durationMs) * 1000 + offsetUs });

export function describeWindow(profile: CpuProfile, bundle: BundleMap | null, offsetUs: number, task: LongTask): string {
  const summary = summarizeCpu(profile, bundle, taskWindow(offsetUs, task));
  const owners = summary.byOwner.slice(0, 3).map((o) => `${o.owner} ${o.ms.toFixed(0)} ms`);
  const fns = summary.topSelf.slice(0, Number(process.env.BENCH_LONGTASK_TOP ?? 3)).map((f) => `${f.fn} ${f.ms.toFixed(0)}`);
  return `${owners.join(', ')}; top: ${fns.join(', ')}`;
}

/** How much of a task's time the profile gives to the test host (Playwright's IPC transport, which Electron's IPC replaces in the app). */
export function hostShareMs(profile: CpuProfile, bundle: BundleMap, offsetUs: number, task: LongTask): number {
  return summarizeCpu(profile, bundle, taskWindow(offsetUs, task)).byOwner.find((o) => o.owner === HOST)?.ms ?? 0;
}

export async function measureLongTasks(browser: Browser, opts: { profile: boolean; keys?: number }): Promise<LongTaskRun> {
  const keys = opts.keys ?? 200;
  const app = await launchApp({ viewport: { width: 1600, height: 900 }, browser });
  try {
    const { page, services } = app;
    const photo = services.assets.add(fs.readFileSync('tests/fixtures/photos/riverside.jpg')).sha256;
    for (let i = 0; i < 6; i++) services.articles.create({ headline: `Council budget vote, part ${i + 1}`, status: i % 2 ? 'published' : 'ready' });
    services.articles.create({ headline: EVERYDAY_HEADLINE, section: 'World', body: everydayBody(photo) as never });
    await app.reload();
    await page.getByRole('button', { name: EVERYDAY_HEADLINE }).click();
    await page.locator('.body-editor > *').nth(EVERYDAY_BLOCKS - 1).waitFor();
    const frame = page.locator('iframe[title="Published preview"]');
    await frame.waitFor();
    await page.waitForTimeout(1500); // photos resolved, first page shown
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const bundle = opts.profile ? await bundleMapOf(page, RENDERER_DIR) : null;

    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { startMs: number; durationMs: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ startMs: e.startTime, durationMs: e.duration });
      }).observe({ type: 'longtask' });
    });
    // The caret at the end of a paragraph in the middle of the story.
    await page.evaluate(() => {
      const editor = document.querySelector<HTMLElement>('.body-editor')!;
      const paragraphs = editor.querySelectorAll(':scope > p');
      const block = paragraphs[Math.floor(paragraphs.length / 2)] as HTMLElement;
      block.scrollIntoView({ block: 'center' });
      editor.focus();
      const range = document.createRange();
      range.selectNodeContents(block);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.waitForTimeout(300);
    const trace: TraceEvent[] = [];
    if (opts.profile) {
      (cdp as unknown as { on(event: string, listener: (params: { value: TraceEvent[] }) => void): void }).on('Tracing.dataCollected', ({ value }) => {
        for (const e of value) trace.push(e);
      });
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'] }, transferMode: 'ReportEvents' });
      await startCpuProfile(cdp, 250);
    }
    const clock = opts.profile ? await calibrate(page) : 0;
    const first = await page.evaluate(() => performance.now());
    let pauses = 0;
    const marker = ' zephyrmarker';
    for (let i = 0; i < keys; i++) {
      const char = i >= keys - marker.length ? marker[i - (keys - marker.length)]! : TEXT[i % TEXT.length]!;
      await page.keyboard.type(char);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      if ((i + 1) % PAUSE_EVERY === 0 && i + 1 < keys) {
        pauses++;
        await page.waitForTimeout(PAUSE_MS);
      }
    }
    // Settled: the last save stored and the preview showing the last word typed.
    await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('iframe[title="Published preview"]')?.getAttribute('srcdoc')?.includes('zephyrmarker'), null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const last = await page.evaluate(() => performance.now());
    const profile = opts.profile ? await stopCpuProfile(cdp) : null;
    if (opts.profile) {
      const complete = new Promise((resolve) => (cdp as unknown as { once(event: string, listener: () => void): void }).once('Tracing.tracingComplete', () => resolve(null)));
      await cdp.send('Tracing.end');
      await complete;
    }
    const tasks = (await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks)).filter((t) => t.startMs >= first);
    if (profile) {
      const markerUs = markerTimeUs(profile);
      if (markerUs !== null) {
        const offsetUs = markerUs - clock * 1000;
        for (const task of tasks) {
          task.where = describeWindow(profile, bundle, offsetUs, task);
          const cpu = threadTimeOf(trace, task.startMs * 1000 + offsetUs, task.durationMs * 1000);
          if (cpu !== null) task.cpuMs = cpu;
        }
      }
    }
    if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
    return { keys, pauses, longTasks: tasks, spanMs: last - first, firstMs: first };
  } finally {
    await app.close();
  }
}
