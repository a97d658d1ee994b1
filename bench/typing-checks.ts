// What copy checks cost a keystroke: the same article (two copies) typed into
// with checks on and with checks off (?checks=off), pages taking turns round
// by round on one browser and one database (ABAB, so the machine's load hits both alike).
// The check itself runs in a Web Worker after a 400 ms pause; the main thread's
// share of it (collecting the texts, placing the flags as decorations) is
// timed with User Timing marks and reported per size too.
//
//   npx electron-vite build && npm run bench:typing-checks
//
// Options (environment): BENCH_SIZES=50,1000,5000  BENCH_CHARS=200  BENCH_ROUNDS=4
// Writes bench/results/typing-checks.json (typing-checks-clean.json for BENCH_COPY=clean; bench/report.ts's shape). Target:
// busy per key with checks on within 10% of checks off, at every size.
import type { CDPSession, Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from '../tests/e2e/launch';
import { body, browserWithNameHelper, CHARS, instrument, placeCaret, printRows, ROUNDS, typeRun, WARMUP, type Row, type Sample } from './keystroke-probe';
import { median, ratioRow, writeSuite, type BenchRow } from './report';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000,5000').split(',').map(Number);
/** `random` (the typing bench's copy: a flag or three a paragraph, "friday", doubled words) or `clean` (those fixed: few flags, as filed copy). */
const COPY = process.env.BENCH_COPY === 'clean' ? 'clean' : 'random';

type Json = { type: string; text?: string; content?: Json[] };
function cleaned(node: Json): Json {
  if (node.text) return { ...node, text: node.text.replace(/\bfriday\b/g, 'Friday').replace(/\b(\w+) (?=\1\b)/g, '') };
  return node.content ? { ...node, content: node.content.map(cleaned) } : node;
}
const article = (size: number) => (COPY === 'clean' ? cleaned(body(size) as Json) : body(size));
const LIMIT = 1.1;

interface Side {
  name: 'on' | 'off';
  app: LaunchedApp;
  cdp: CDPSession;
  samples: Sample[];
  /** CDP script and layout time per key, summed over the rounds (divided by ROUNDS when printed). */
  perKey: Record<string, number>;
}

const busy = (samples: Sample[]) => median(samples.map((s) => s.key + s.render));

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => {
    const list = performance.getEntriesByName(n).map((e) => e.duration);
    performance.clearMeasures(n);
    return list;
  }, name);
}

async function main() {
  const startedAt = new Date();
  const chromium = await browserWithNameHelper();
  const on = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser });
  const off = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser, dbPath: on.dbPath, search: '?checks=off' });
  const suite: BenchRow[] = [];
  const rows: Row[] = [];
  try {
    const sides: Side[] = [];
    for (const [name, app] of [['on', on], ['off', off]] as const) {
      const cdp = await app.page.context().newCDPSession(app.page);
      await cdp.send('Performance.enable');
      sides.push({ name, app, cdp, samples: [], perKey: {} });
    }
    for (const size of SIZES) {
      // One copy of the article per side: two windows saving one article would conflict.
      const headlineOf = (side: Side) => `Checks ${side.name} benchmark ${size} paragraphs ${COPY}`;
      for (const side of sides) on.services.articles.create({ headline: headlineOf(side), body: article(size) as never });
      for (const side of sides) {
        const headline = headlineOf(side);
        side.samples = [];
        side.perKey = {};
        await side.app.reload();
        await side.app.page.getByRole('button', { name: headline }).click();
        await side.app.page.locator('.body-editor > p').nth(size - 1).waitFor();
        await instrument(side.app.page);
      }
      // The first check of the article (the dictionary loads once per window).
      await on.page.locator('.body-editor .check-flag').first().waitFor({ timeout: 60_000 });
      for (const name of ['collect', 'show', 'draw-screen', 'draw-apply']) await measures(on.page, `copydesk:checks-${name}`);
      const perRound = Math.ceil(CHARS / ROUNDS);
      const middle = Math.floor(size / 2);
      for (let round = 0; round < ROUNDS; round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          await placeCaret(side.app.page, middle);
          const run = await typeRun(side.app.page, side.cdp, perRound, round === 0 ? WARMUP : 5);
          side.samples.push(...run.samples);
          for (const [metric, ms] of Object.entries(run.perKey)) side.perKey[metric] = (side.perKey[metric] ?? 0) + ms / ROUNDS;
          // The pause: autosave, and (checks on) the check and its flags, before the other side types.
          await side.app.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
          await side.app.page.waitForTimeout(900);
        }
        process.stderr.write(`${size}: round ${round + 1}/${ROUNDS} done\n`);
      }
      const [withChecks, without] = sides;
      for (const side of sides) rows.push({ paragraphs: size, where: `checks ${side.name}`, samples: side.samples, perKey: side.perKey });
      suite.push(
        ratioRow(
          {
            id: `typing-checks.busy.${size}.${COPY}`,
            what: `busy per key with copy checks on, ${size.toLocaleString('en-US')} paragraphs, ${COPY} copy, caret mid-document (median of ${withChecks!.samples.length})`,
            value: busy(withChecks!.samples),
            unit: 'ms',
            baseline: { what: 'the same article with checks off, same run', value: busy(without!.samples) },
            target: `≤ ${LIMIT}× checks off`,
          },
          LIMIT,
        ),
      );
      const collect = await measures(on.page, 'copydesk:checks-collect');
      const show = await measures(on.page, 'copydesk:checks-show');
      // Every redraw (after an answer, a caret move, a scroll): reading where the screen is, and the flags' transaction.
      const drawScreen = await measures(on.page, 'copydesk:checks-draw-screen');
      const drawApply = await measures(on.page, 'copydesk:checks-draw-apply');
      const draws = drawScreen.map((x, i) => x + (drawApply[i] ?? 0));
      const flags = await on.page.locator('.body-editor .check-flag').count();
      suite.push({
        id: `typing-checks.after-pause.${size}.${COPY}`,
        what: `main thread's share of a check after a pause, ${size.toLocaleString('en-US')} paragraphs (${flags} flags shown): texts collected ${median(collect).toFixed(1)} ms + flags placed ${median(show).toFixed(1)} ms (medians of ${collect.length} / ${show.length}; longest ${Math.max(...collect, 0).toFixed(1)} / ${Math.max(...show, 0).toFixed(1)} ms); any redraw ${median(draws).toFixed(1)} ms (median of ${draws.length}, longest ${Math.max(...draws, 0).toFixed(1)})`,
        value: median(collect) + median(show),
        unit: 'ms',
        target: 'no long task (< 50 ms)',
        pass: Math.max(...collect, 0) + Math.max(...show, 0) < 50 && Math.max(...draws, 0) < 50,
      });
      process.stderr.write(`${size}: on ${busy(withChecks!.samples).toFixed(2)} ms, off ${busy(without!.samples).toFixed(2)} ms\n`);
    }
    for (const app of [on, off]) if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
  } finally {
    await off.close();
    await on.close();
    await chromium.close();
  }
  printRows(rows);
  for (const row of suite) console.log(`${row.id.padEnd(30)} ${row.value.toFixed(2).padStart(8)} ${row.unit}${row.ratio === undefined ? '' : `  ratio ${row.ratio.toFixed(2)}`}  ${row.pass ? 'pass' : 'FAIL'}  ${row.what}`);
  writeSuite(COPY === 'clean' ? 'typing-checks-clean' : 'typing-checks', suite, startedAt);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
