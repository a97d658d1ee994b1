// What runs on a keystroke, counted rather than timed: V8's precise coverage
// gives how many times each function of the renderer bundle was called while
// typing, which no machine load changes. Per key, for one or more renderer
// builds side by side: React's units of work (beginWork: one per fiber React
// renders or bails out at), our components' renders, and the busiest
// functions by calls.
//
//   npx tsx bench/experiments/key-calls.ts [build folder …]   (default out/renderer)
//
// Options: BENCH_SIZES=50,1000  BENCH_KEYS=40  BENCH_WATCH=Name,Other
//   BENCH_CHECKS=on|off|both (copy checks; on waits for the first flags)
//   BENCH_BASELINE=1 (also a bare prosemirror-view page: all its script's calls)
//   BENCH_TOP=15 (how many of the most called functions to list per build)
//   BENCH_ANON=1 (anonymous functions listed by their offset in the bundle, not lumped together)
import type { Page } from '@playwright/test';
import { launchApp, RENDERER_DIR } from '../../tests/e2e/launch';
import { body, browserWithNameHelper, placeCaret, TEXT } from '../keystroke-probe';
import { openBaseline } from '../baseline-editors';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000').split(',').map(Number);
const KEYS = Number(process.env.BENCH_KEYS ?? 40);
const BUILDS = process.argv.slice(2).length ? process.argv.slice(2) : [RENDERER_DIR];
const CHECKS = process.env.BENCH_CHECKS === 'both' ? (['on', 'off'] as const) : process.env.BENCH_CHECKS === 'off' ? (['off'] as const) : (['on'] as const);
const BASELINE = process.env.BENCH_BASELINE === '1';
const TOP = Number(process.env.BENCH_TOP ?? 15);
const ANON = process.env.BENCH_ANON === '1';
const WATCH = [
  '[LayoutCount]',
  '[RecalcStyleCount]',
  '[LayoutDuration µs]',
  '[all calls]',
  'beginWork',
  'completeWork',
  'commitRoot',
  'performWorkOnRoot',
  'dispatchTransaction',
  'setSelection',
  'ArticleEditor',
  'BodyProseMirror',
  'EditorTop',
  'Toolbar',
  'ToolButton',
  'MoreMenu',
  'NoteCard',
  'TextStatsLabel',
  'SaveStatus',
  'MetadataRow',
  'ArticleFields',
  'SuggestionMenuHost',
  'PasteImportReview',
  'ViewCapture',
  'isEnabled',
  ...(process.env.BENCH_WATCH ?? '').split(',').filter(Boolean),
];

interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; count: number }[];
}

async function countCalls(page: Page, keys: number, allScripts = false): Promise<Map<string, number>> {
  const calls = new Map<string, number>();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Profiler.takePreciseCoverage'); // zero the counts: only the keys below count
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type(TEXT[i % TEXT.length]!);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  const after = await metrics();
  // How often the browser laid the page out and recalculated style: counts, like the calls.
  for (const name of ['LayoutCount', 'RecalcStyleCount']) calls.set(`[${name}]`, after[name]! - before[name]!);
  calls.set('[LayoutDuration µs]', Math.round((after.LayoutDuration! - before.LayoutDuration!) * 1e6));
  const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as { result: { url: string; functions: FunctionCoverage[] }[] };
  await cdp.send('Profiler.stopPreciseCoverage');
  for (const script of result) {
    if (!allScripts && !/\/assets\/index-[^/]+\.js$/.test(script.url)) continue; // the renderer bundle only
    for (const fn of script.functions) {
      // BENCH_ANON=1: anonymous functions told apart by where they start (offset in the bundle).
      const name = fn.functionName || (ANON ? `(anonymous)@${fn.ranges[0]?.startOffset ?? 0}` : '(anonymous)');
      const count = fn.ranges[0]?.count ?? 0;
      calls.set(name, (calls.get(name) ?? 0) + count);
      calls.set('[all calls]', (calls.get('[all calls]') ?? 0) + count);
    }
  }
  return calls;
}

async function main() {
  const chromium = await browserWithNameHelper();
  const results: { build: string; size: number; calls: Map<string, number> }[] = [];
  try {
    for (const build of BUILDS) {
      for (const checks of CHECKS) {
        const app = await launchApp({ browser: chromium.browser, rendererDir: build, viewport: { width: 1280, height: 900 }, search: checks === 'off' ? '?checks=off' : '' });
        try {
          for (const size of SIZES) {
            const headline = `Calls ${size} paragraphs checks ${checks}`;
            app.services.articles.create({ headline, body: body(size) as never });
            await app.reload();
            await app.page.getByRole('button', { name: new RegExp(headline) }).click();
            await app.page.locator('.body-editor > p').nth(size - 1).waitFor();
            await placeCaret(app.page, Math.floor(size / 2));
            if (checks === 'on') await app.page.locator('.body-editor .check-flag').first().waitFor({ timeout: 60_000 });
            for (let i = 0; i < 10; i++) await app.page.keyboard.type(TEXT[i]!); // warm up; the first key after a save changes the save state
            results.push({ build: `${build}, checks ${checks}`, size, calls: await countCalls(app.page, KEYS) });
          }
        } finally {
          await app.close();
        }
      }
    }
    if (BASELINE) {
      for (const size of SIZES) {
        const page = await openBaseline(chromium.browser, 'prosemirror-view', size);
        await placeCaret(page, Math.floor(size / 2));
        for (let i = 0; i < 10; i++) await page.keyboard.type(TEXT[i]!);
        results.push({ build: 'bare prosemirror-view', size, calls: await countCalls(page, KEYS, true) });
        await page.context().close();
      }
    }
  } finally {
    await chromium.close();
  }
  const builds = [...new Set(results.map((r) => r.build))];
  const label = (r: (typeof results)[number]) => `${builds.length > 1 ? `${builds.indexOf(r.build) + 1}: ` : ''}${r.size} paras`;
  console.log(`Calls per key (${KEYS} keys, caret mid-document, after 10 warm-up keys); ${builds.map((b, i) => `${i + 1} = ${b}`).join(', ')}\n`);
  console.log(`${'function'.padEnd(22)}${results.map((r) => label(r).padStart(22)).join('')}`);
  for (const name of WATCH) console.log(`${name.padEnd(22)}${results.map((r) => ((r.calls.get(name) ?? 0) / KEYS).toFixed(1).padStart(22)).join('')}`);
  // What one build (or checks on) calls more than the first of the same size: the 15 largest differences.
  for (const r of results) {
    const first = results.find((o) => o.size === r.size)!;
    if (first === r) continue;
    const diff = [...new Set([...r.calls.keys(), ...first.calls.keys()])]
      .map((n) => [n, ((r.calls.get(n) ?? 0) - (first.calls.get(n) ?? 0)) / KEYS] as const)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 15);
    console.log(`\n${label(r)} minus ${label(first)}: ${diff.map(([n, d]) => `${n} ${d > 0 ? '+' : ''}${d.toFixed(0)}`).join(', ')}`);
  }
  for (const r of results) {
    const top = [...r.calls.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.log(`\nMost called, ${label(r)}: ${top.map(([n, c]) => `${n} ${(c / KEYS).toFixed(0)}`).join(', ')}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
