// What the preview update after a pause in typing costs the editor's main
// thread, in a long article with the preview open. A word is typed; 150 ms
// later the pane sends the changed block to its worker, the worker renders
// the page and the pane hands it to the frame. Measured from just before the
// update starts (the last key's frame drawn) until the frame holds the new page:
//   busy    — main-thread time in that window (CPU profile, idle excluded);
//   longest — the longest task in it (PerformanceObserver 'longtask'; 0 if
//             none reached 50 ms), and how much of it was the test host's
//             (Playwright's IPC transport, not the app's: see longestHostMs);
//   latency — last key → the frame's new page (worker time included).
import type { CDPSession, Page } from '@playwright/test';
import { RENDERER_DIR } from '../tests/e2e/launch';
import { calibrate, clockOffsetUs, describeWindow, hostShareMs } from './long-tasks';
import { bundleMapOf, startCpuProfile, stopCpuProfile, summarizeCpu } from './profile';
import { typeOne } from './keystroke-probe';

export interface PreviewUpdateSample {
  busyMs: number;
  longestMs: number;
  /**
   * Of the longest task, the time the profile gives to the test host: Playwright's binding serializing an IPC
   * payload in the page (the autosave of a 5,000-paragraph body after the pause), which in the app is Electron's
   * structured clone of one string. 0 when there was no long task or no profile clock.
   */
  longestHostMs: number;
  latencyMs: number;
  /** Where the longest task's time went, when there was one. */
  where?: string;
}

export async function measurePreviewUpdate(page: Page, cdp: CDPSession, trials: number): Promise<PreviewUpdateSample[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __previewLong?: { startMs: number; durationMs: number }[] };
    if (w.__previewLong) return;
    w.__previewLong = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__previewLong!.push({ startMs: e.startTime, durationMs: e.duration });
    }).observe({ type: 'longtask' });
  });
  const samples: PreviewUpdateSample[] = [];
  const bundle = await bundleMapOf(page, RENDERER_DIR);
  for (let trial = 0; trial < trials; trial++) {
    const word = ` pv${trial}q${Date.now() % 100000}`;
    await page.waitForTimeout(1500); // the previous save and update settled
    await startCpuProfile(cdp, 250);
    const clock = await calibrate(page);
    for (const char of word) await typeOne(page, char);
    const lastKey = await page.evaluate(() => performance.now());
    const shownAt = await page.evaluate(
      (w) =>
        new Promise<number>((resolve) => {
          const check = () => {
            const html = document.querySelector('iframe[title="Published preview"]')?.getAttribute('srcdoc') ?? '';
            if (html.includes(w)) resolve(performance.now());
            else setTimeout(check, 2);
          };
          check();
        }),
      word.trim(),
    );
    // After the window measured (its 30 ms are not in it): the clock's mark again, in case the first was not sampled.
    await page.waitForTimeout(20);
    const clockAtEnd = await calibrate(page, 'end');
    const profile = await stopCpuProfile(cdp);
    const offsetUs = clockOffsetUs(profile, { start: clock, end: clockAtEnd });
    // From the last key's frame (its own work done; at 5,000 paragraphs a key can outlast the debounce).
    const from = lastKey;
    const busy = offsetUs === null ? NaN : summarizeCpu(profile, null, { fromUs: from * 1000 + offsetUs, toUs: (shownAt + 20) * 1000 + offsetUs }).totalMs;
    const long = await page.evaluate(() => (window as unknown as { __previewLong: { startMs: number; durationMs: number }[] }).__previewLong.splice(0));
    const inWindow = long.filter((t) => t.startMs + t.durationMs >= from && t.startMs <= shownAt + 20).sort((a, b) => b.durationMs - a.durationMs);
    const worst = inWindow[0];
    const where = worst && offsetUs !== null ? describeWindow(profile, bundle, offsetUs, worst) : undefined;
    const longestHostMs = worst && offsetUs !== null && bundle ? hostShareMs(profile, bundle, offsetUs, worst) : 0;
    samples.push({ busyMs: busy, longestMs: worst?.durationMs ?? 0, longestHostMs, latencyMs: shownAt - lastKey, ...(where ? { where } : {}) });
  }
  return samples;
}
