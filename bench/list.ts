// The library in the real renderer (production build, Chromium, the real
// dispatch and SQLite through the test host) at 1k and 100k articles:
//   reload → list shown     page.reload() until the first row is on screen
//   click → editable        a click on a row until its headline is in the editor
//                           and the body is editable
//   list payload            the largest listArticles answer, and how many rows
//   search key → frame      one key in the search box (full-text, prefix on the
//                           last word) until the frame after the list shows
//                           that query's answer (in-page clock); also for words
//                           nothing matches
// Medians; the 100k figures are compared with the 1k ones of the same run.
import type { Page } from '@playwright/test';
import { launchApp, type BridgedCall } from '../tests/e2e/launch';
import { launchChromium } from '../tests/e2e/chromium';
import { METHODS } from '../shared/ipc/channels';
import { libraryDb } from './library-db';
import { median, ratioRow, writeSuite, type BenchRow } from './report';

const started = new Date();
const SIZES = (process.env.BENCH_LIST_SIZES ?? '1000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_LIST_RUNS ?? 7);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

interface Figures {
  show: number;
  open: number;
  filter: number;
  filterMiss: number;
  payloadMB: number;
  maxRows: number;
  previewMB: number;
}

async function filterKey(page: Page, prefix: string, key: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill(prefix);
  await page.waitForTimeout(300); // the prefix's answer has landed
  await page.evaluate(() => {
    const w = window as unknown as { __key: number; __frame: number };
    w.__key = 0;
    w.__frame = 0;
    const library = document.querySelector('.library')!;
    const box = document.querySelector('.desk-search')!;
    const shown = () => document.querySelector('.article-scroller')?.getAttribute('data-query');
    const before = shown();
    box.addEventListener('keydown', () => (w.__key = performance.now()), { once: true, capture: true });
    // The answer is on screen in the frame after the list starts showing the new query's rows.
    const observer = new MutationObserver(() => {
      if (shown() === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__frame = performance.now()), 0));
    });
    observer.observe(library, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] });
  });
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __frame: number }).__frame > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __key: number; __frame: number };
    return w.__frame - w.__key;
  });
}

async function measure(count: number): Promise<Figures> {
  const dbPath = libraryDb(count);
  const browser = await launchChromium();
  const app = await launchApp({ dbPath, browser });
  const { page } = app;
  const calls = app.calls!;
  const firstRow = page.locator('.article-link').first();
  await firstRow.waitFor();
  const show: number[] = [];
  const listed: BridgedCall[] = [];
  for (let i = 0; i < RUNS; i++) {
    const from = calls.length;
    const t0 = performance.now();
    await page.reload();
    await firstRow.waitFor();
    show.push(performance.now() - t0);
    listed.push(...calls.slice(from).filter((c) => c.channel === METHODS.listArticles));
  }
  const open: number[] = [];
  const headline = page.getByRole('textbox', { name: 'Headline' });
  for (let i = 0; i < RUNS; i++) {
    const row = page.locator('.article-link').nth(i + 1);
    const name = (await row.locator('.article-link-headline').textContent())!;
    const t0 = performance.now();
    await row.click();
    await page.waitForFunction(
      (want) =>
        (document.querySelector('[aria-label="Headline"]') as HTMLTextAreaElement | HTMLInputElement | null)?.value === want &&
        document.querySelector('.ProseMirror[contenteditable="true"]') !== null,
      name,
    );
    open.push(performance.now() - t0);
  }
  await headline.waitFor();
  const previews = calls.filter((c) => c.channel === METHODS.getPreviewContext);
  const filter: number[] = [];
  // Prefixes of common words: each key changes the answer, which SQLite finds on the first rows it reads.
  const keys: [string, string][] = [['th', 'e'], ['co', 'u'], ['wa', 't'], ['sa', 'i'], ['pe', 'o'], ['bu', 'd'], ['ri', 'v'], ['yea', 'r']];
  for (const [prefix, key] of keys) {
    filter.push(await filterKey(page, prefix, key));
  }
  // Words nothing matches: the index answers at once (before full-text search this read every summary).
  const miss: number[] = [];
  for (const key of ['q', 'x', 'j']) miss.push(await filterKey(page, 'zzqz', key));
  const payloads = listed.map((c) => c.responseBytes);
  const rows = listed.map((c) => ((c.result as { value?: { items?: unknown[] } }).value?.items ?? []).length);
  const figures: Figures = {
    show: median(show),
    open: median(open),
    filter: median(filter),
    filterMiss: median(miss),
    payloadMB: Math.max(...payloads) / 2 ** 20,
    maxRows: Math.max(...rows),
    previewMB: Math.max(0, ...previews.map((c) => c.responseBytes)) / 2 ** 20,
  };
  if (app.consoleErrors.length) console.log(`[list] console errors at ${label(count)}: ${app.consoleErrors.join(' | ')}`);
  await app.close();
  await browser.close();
  console.log(`[list] ${label(count)}: ${JSON.stringify(figures)}`);
  return figures;
}

const results = new Map<number, Figures>();
for (const size of SIZES) results.set(size, await measure(size));
const small = SIZES[0]!;
const rows: BenchRow[] = [];
for (const size of SIZES.slice(1)) {
  const [a, b] = [results.get(small)!, results.get(size)!];
  const pair = (id: string, what: string, key: keyof Figures, limit: number) =>
    ratioRow(
      { id: `list.${id}.${label(size)}`, what: `${what}, ${label(size)} articles (median)`, value: b[key], unit: 'ms', baseline: { what: `same at ${label(small)}`, value: a[key] }, target: `≤ ${limit}× the ${label(small)} figure` },
      limit,
    );
  rows.push(pair('show', 'reload → list shown', 'show', 2));
  rows.push(pair('open', 'click an article → editable', 'open', 2));
  rows.push(pair('filter', 'search box, key → frame', 'filter', 2));
  rows.push(pair('filter-miss', 'search box, words nothing matches, key → frame', 'filterMiss', 2));
}
for (const size of SIZES) {
  const f = results.get(size)!;
  rows.push({ id: `list.payload.${label(size)}`, what: `largest listArticles answer, ${label(size)} articles`, value: f.payloadMB, unit: 'MB' });
  rows.push({ id: `list.rows.${label(size)}`, what: `most rows in one listArticles answer, ${label(size)} articles`, value: f.maxRows, unit: 'count', target: '≤ one page (100)', pass: f.maxRows <= 100 });
  rows.push({ id: `list.preview.${label(size)}`, what: `getPreviewContext answer, ${label(size)} articles`, value: f.previewMB, unit: 'MB' });
}
writeSuite('list', rows, started);
