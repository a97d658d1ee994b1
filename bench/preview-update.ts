// What the preview update after a pause in typing costs the editor's main
// thread, in a long article with the preview open. A word is typed; 150 ms
// later the pane sends the changed block to its worker, the worker renders
// the page and the pane hands it to the frame. Measured from just before the
// update starts (100 ms after the last key) until the frame holds the new page:
//   busy    — main-thread time in that window (CPU profile, idle excluded);
//   longest — the longest task in it (PerformanceObserver 'longtask'; 0 if
//             none reached 50 ms);
//   latency — last key → the frame's new page (worker time included).
import type { CDPSession, Page } from '@playwright/test';
import { calibrate, markerTimeUs } from './long-tasks';
import { startCpuProfile, stopCpuProfile, summarizeCpu } from './profile';
import { typeOne } from './keystroke-probe';

export interface PreviewUpdateSample {
  busyMs: number;
  longestMs: number;
  latencyMs: number;
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
    const profile = await stopCpuProfile(cdp);
    const markerUs = markerTimeUs(profile);
    const from = lastKey + 100;
    const busy = markerUs === null ? NaN : summarizeCpu(profile, null, { fromUs: (from - clock) * 1000 + markerUs, toUs: (shownAt - clock) * 1000 + markerUs }).totalMs;
    const long = await page.evaluate(() => (window as unknown as { __previewLong: { startMs: number; durationMs: number }[] }).__previewLong.splice(0));
    const longest = Math.max(0, ...long.filter((t) => t.startMs + t.durationMs >= from && t.startMs <= shownAt).map((t) => t.durationMs));
    samples.push({ busyMs: busy, longestMs: longest, latencyMs: shownAt - lastKey });
  }
  return samples;
}
