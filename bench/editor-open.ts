// Opening a long article, against bare ProseMirror. A benchmark, not a test:
// it prints numbers and asserts nothing. Run after a production renderer build:
//
//   npm run build && npm run bench:editor-open
//
// Options (environment): BENCH_OPEN_PARAGRAPHS=5000  BENCH_OPEN_ROUNDS=3  BENCH_PROFILE=0|1
//
// Each round opens the same article both ways, taking turns (the machine is
// shared: only ratios between figures measured side by side mean anything):
//   Copydesk         — the app after a reload, the list shown; a click on the
//                      article, until the body holds every paragraph and a
//                      frame has been drawn. Includes fetching the article
//                      (through the test host's bridge to the real dispatch),
//                      the editor, and the preview pane as the app starts.
//   prosemirror-view — a page with a bare EditorView on Copydesk's schema
//                      (bench/baseline-editors.ts), the JSON already in the
//                      page; from creating the state and view until a frame.
// Heap: the page's JavaScript heap in use after a full garbage collection,
// after the open minus before it. Writes bench/results/editor-open.json
// (bench/report.ts). With BENCH_PROFILE (default on) one more Copydesk open
// runs under a CPU profile and a sampling heap profile, printed by owner
// (bench/profile.ts): what is ours, what is react-prosemirror's or React's.
import type { Browser, Page } from '@playwright/test';
import { launchApp, RENDERER_DIR } from '../tests/e2e/launch';
import { body, browserWithNameHelper } from './keystroke-probe';
import { openBaseline } from './baseline-editors';
import { bundleMapOf, heapAfterGc, printSummary, startCpuProfile, stopCpuProfile, summarizeCpu, summarizeHeap } from './profile';
import { median, ratioRow, writeSuite, type BenchRow } from './report';
import { calibrate, markerTimeUs } from './long-tasks';

const PARAGRAPHS = Number(process.env.BENCH_OPEN_PARAGRAPHS ?? 5000);
const ROUNDS = Number(process.env.BENCH_OPEN_ROUNDS ?? 3);
const PROFILE = process.env.BENCH_PROFILE !== '0';

interface Open {
  ms: number;
  heapMb: number;
}

/** Resolves once the body holds `paragraphs` paragraphs and the frame after that has been drawn: ms since `since`. */
function whenShown(page: Page, paragraphs: number, since: string): Promise<number> {
  return page.evaluate(
    ({ n, key }) =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelectorAll('.body-editor > p').length >= n) {
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - (window as unknown as Record<string, number>)[key]!);
              channel.port2.postMessage(0);
            });
          } else setTimeout(check, 5);
        };
        check();
      }),
    { n: paragraphs, key: since },
  );
}

async function openCopydesk(browser: Browser, profile: boolean): Promise<Open & { report?: () => void }> {
  const app = await launchApp({ viewport: { width: 1600, height: 900 }, browser });
  try {
    const { page } = app;
    const headline = `Long read, ${PARAGRAPHS} paragraphs`;
    app.services.articles.create({ headline, body: body(PARAGRAPHS) as never });
    await app.reload();
    const button = page.getByRole('button', { name: headline });
    await button.waitFor();
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const bundle = profile ? await bundleMapOf(page, RENDERER_DIR) : null;
    const before = await heapAfterGc(cdp);
    let clock = 0;
    if (profile) {
      await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16384 });
      await startCpuProfile(cdp, 500);
      clock = await calibrate(page);
    }
    await page.evaluate(() => {
      window.addEventListener('pointerdown', () => ((window as unknown as Record<string, number>).__openStart = performance.now()), { capture: true, once: true });
    });
    await button.click();
    const ms = await whenShown(page, PARAGRAPHS, '__openStart');
    const openStart = await page.evaluate(() => (window as unknown as Record<string, number>).__openStart!);
    // Let what follows the open finish (the list refresh, the preview's first page) before weighing the heap.
    await page.locator('iframe[title="Published preview"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(2000);
    const cpu = profile ? await stopCpuProfile(cdp) : null;
    const after = await heapAfterGc(cdp);
    let report: (() => void) | undefined;
    if (profile) {
      const { profile: heap } = (await cdp.send('HeapProfiler.getSamplingProfile')) as { profile: { head: Parameters<typeof summarizeHeap>[0] } };
      await cdp.send('HeapProfiler.stopSampling');
      const markerUs = markerTimeUs(cpu!);
      const inOpen =
        markerUs === null ? null : summarizeCpu(cpu!, bundle, { fromUs: (openStart - clock) * 1000 + markerUs, toUs: (openStart + ms - clock) * 1000 + markerUs });
      const cpuSummary = summarizeCpu(cpu!, bundle);
      const heapSummary = summarizeHeap(heap.head, bundle);
      report = () => {
        if (inOpen) {
          console.log(`\nThe profiled open took ${ms.toFixed(0)} ms: the page's main thread was busy ${inOpen.totalMs.toFixed(0)} ms of it; the rest it waited for the article (main process: SQLite, checking the body; the test host's bridge).`);
          for (const { owner, ms: t } of inOpen.byOwner.slice(0, 10)) console.log(`${t.toFixed(0).padStart(9)} ms  ${owner}`);
        }
        printSummary(`CPU profile of one Copydesk open (${PARAGRAPHS} paragraphs, click → 2 s after the preview's frame), self time by owner`, cpuSummary);
        console.log('\nSampling heap profile of the same open: live bytes at the end, by the owner of the code that allocated them');
        for (const { owner, mb } of heapSummary.slice(0, 12)) console.log(`${mb.toFixed(2).padStart(9)} MB  ${owner}`);
      };
    }
    if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
    return { ms, heapMb: after - before, report };
  } finally {
    await app.close();
  }
}

async function openBare(browser: Browser): Promise<Open> {
  // Opened empty, then the same document is put in, so the open is timed and weighed alone.
  const page = await openBaseline(browser, 'prosemirror-view', 1);
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(() => document.querySelector('#mount')!.replaceChildren());
    // Weighed before the document arrives, as Copydesk is weighed with only the list shown.
    const before = await heapAfterGc(cdp);
    await page.evaluate((json) => ((window as unknown as { __json: unknown }).__json = json), body(PARAGRAPHS));
    await page.evaluate(() => {
      const w = window as unknown as { __json: unknown; __openStart: number; startEditor(json: unknown): void };
      w.__openStart = performance.now();
      const json = w.__json;
      w.__json = null; // the editor keeps its document, not the JSON it came from
      w.startEditor(json);
    });
    const ms = await whenShown(page, PARAGRAPHS, '__openStart');
    const openStart = await page.evaluate(() => (window as unknown as Record<string, number>).__openStart!);
    await page.waitForTimeout(500);
    const after = await heapAfterGc(cdp);
    return { ms, heapMb: after - before };
  } finally {
    await page.context().close();
  }
}

async function main() {
  const startedAt = new Date();
  const chromium = await browserWithNameHelper();
  const copydesk: Open[] = [];
  const bare: Open[] = [];
  let report: (() => void) | undefined;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      copydesk.push(await openCopydesk(chromium.browser, false));
      bare.push(await openBare(chromium.browser));
      process.stderr.write(`round ${round + 1}/${ROUNDS}: Copydesk ${copydesk.at(-1)!.ms.toFixed(0)} ms, ${copydesk.at(-1)!.heapMb.toFixed(1)} MB; prosemirror-view ${bare.at(-1)!.ms.toFixed(0)} ms, ${bare.at(-1)!.heapMb.toFixed(1)} MB\n`);
    }
    if (PROFILE) report = (await openCopydesk(chromium.browser, true)).report;
  } finally {
    await chromium.close();
  }
  const n = PARAGRAPHS.toLocaleString('en-US');
  console.log(`\nOpening a ${n}-paragraph article, ${ROUNDS} rounds, Copydesk and bare prosemirror-view taking turns (median; every round: ms / MB)`);
  console.log(`  Copydesk          ${median(copydesk.map((o) => o.ms)).toFixed(0).padStart(6)} ms  ${median(copydesk.map((o) => o.heapMb)).toFixed(1).padStart(6)} MB   (${copydesk.map((o) => `${o.ms.toFixed(0)} / ${o.heapMb.toFixed(1)}`).join(', ')})`);
  console.log(`  prosemirror-view  ${median(bare.map((o) => o.ms)).toFixed(0).padStart(6)} ms  ${median(bare.map((o) => o.heapMb)).toFixed(1).padStart(6)} MB   (${bare.map((o) => `${o.ms.toFixed(0)} / ${o.heapMb.toFixed(1)}`).join(', ')})`);
  report?.();
  console.log('');
  const rows: BenchRow[] = [
    ratioRow({
      id: `editor-open.time.${PARAGRAPHS}`,
      what: `open a ${n}-paragraph article: click → editable, drawn (median of ${ROUNDS})`,
      value: median(copydesk.map((o) => o.ms)),
      unit: 'ms',
      baseline: { what: 'bare prosemirror-view, same document, same run', value: median(bare.map((o) => o.ms)) },
      target: 'like bare prosemirror-view (the issue sets no factor)',
    }),
    ratioRow({
      id: `editor-open.heap.${PARAGRAPHS}`,
      what: `JS heap after opening a ${n}-paragraph article, after GC, minus before (median of ${ROUNDS})`,
      value: median(copydesk.map((o) => o.heapMb)),
      unit: 'MB',
      baseline: { what: 'bare prosemirror-view, same document, same run', value: median(bare.map((o) => o.heapMb)) },
      target: 'like bare prosemirror-view (the issue sets no factor)',
    }),
  ];
  writeSuite('editor-open', rows, startedAt);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
