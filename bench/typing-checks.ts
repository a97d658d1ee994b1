// What copy checks cost a keystroke: the same article (two copies) typed into
// with checks on and with checks off (?checks=off), two windows taking turns
// round by round on one browser and one database (so the machine's load hits
// both alike) and trading places every round: each window is reloaded with
// the other setting, so that a window's own speed (two windows both with
// checks off differed by up to 11% in bench/experiments/checks-variants.ts,
// 2026-12-07) counts on both sides alike instead of as the checks' cost.
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

type Mode = 'on' | 'off';
/** The User Timing measures of the checks' main-thread work (checks-controller.ts, flag-drawing.ts). */
const CHECK_MEASURES = ['collect', 'show', 'draw-screen', 'draw-apply'];

/** A mode's keys, from both windows. */
interface Side {
  name: Mode;
  samples: Sample[];
  /** CDP script and layout time per key, summed over the rounds (divided by ROUNDS when printed). */
  perKey: Record<string, number>;
}

interface Window {
  app: LaunchedApp;
  cdp: CDPSession;
  /** The window's own copy of the article (two windows saving one article would conflict). */
  headline: string;
  mode: Mode | null;
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
  const first = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser });
  const second = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser, dbPath: first.dbPath });
  const base = (app: LaunchedApp) => app.page.url().split('?')[0]!;
  const suite: BenchRow[] = [];
  const rows: Row[] = [];
  try {
    const windows: Window[] = [];
    for (const app of [first, second]) {
      const cdp = await app.page.context().newCDPSession(app.page);
      await cdp.send('Performance.enable');
      windows.push({ app, cdp, headline: '', mode: null });
    }
    /** The window's article opened with checks `mode` (a reload when the mode changes), and with checks on its first check shown. */
    const open = async (w: Window, mode: Mode, size: number) => {
      if (w.mode === mode) return;
      await w.app.page.goto(`${base(w.app)}${mode === 'off' ? '?checks=off' : ''}`);
      await w.app.page.getByRole('button', { name: w.headline }).click();
      await w.app.page.locator('.body-editor > p').nth(size - 1).waitFor();
      await instrument(w.app.page);
      if (mode === 'on') {
        // The article's first check, answered and shown (the dictionary loads once per page), is the opening's, not the typing's.
        await w.app.page.waitForFunction(() => performance.getEntriesByName('copydesk:checks-show').length > 0, undefined, { timeout: 60_000 });
        for (const name of CHECK_MEASURES) await measures(w.app.page, `copydesk:checks-${name}`);
      }
      w.mode = mode;
    };
    for (const size of SIZES) {
      const sides: Record<Mode, Side> = { on: { name: 'on', samples: [], perKey: {} }, off: { name: 'off', samples: [], perKey: {} } };
      windows.forEach((w, i) => {
        w.headline = `Checks benchmark ${size} paragraphs ${COPY}, window ${i + 1}`;
        w.mode = null;
        first.services.articles.create({ headline: w.headline, body: article(size) as never });
      });
      const perRound = Math.ceil(CHARS / ROUNDS);
      const middle = Math.floor(size / 2);
      const mainThread = Object.fromEntries(CHECK_MEASURES.map((name) => [name, [] as number[]]));
      let flags = 0;
      for (let round = 0; round < ROUNDS; round++) {
        // Window 1 has checks on in even rounds, window 2 in odd ones; which mode types first alternates every two rounds.
        const modes: Mode[] = round % 2 ? ['off', 'on'] : ['on', 'off'];
        const order = Math.floor(round / 2) % 2 ? [1, 0] : [0, 1];
        for (const i of order) await open(windows[i]!, modes[i]!, size);
        for (const i of order) {
          const w = windows[i]!;
          const side = sides[w.mode!];
          // Every round reloads the window (its mode changed): it warms up again before its keys count.
          await placeCaret(w.app.page, middle);
          const run = await typeRun(w.app.page, w.cdp, perRound, WARMUP);
          side.samples.push(...run.samples);
          for (const [metric, ms] of Object.entries(run.perKey)) side.perKey[metric] = (side.perKey[metric] ?? 0) + ms / ROUNDS;
          // The pause: autosave, and (checks on) the check and its flags, before the other side types.
          await w.app.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
          await w.app.page.waitForTimeout(900);
          if (w.mode === 'on') {
            // The main thread's share of the check after this round's pause.
            for (const name of Object.keys(mainThread)) mainThread[name]!.push(...(await measures(w.app.page, `copydesk:checks-${name}`)));
            flags = await w.app.page.locator('.body-editor .check-flag').count();
          }
        }
        process.stderr.write(`${size}: round ${round + 1}/${ROUNDS} done\n`);
      }
      const { on: withChecks, off: without } = sides;
      for (const side of [withChecks, without]) rows.push({ paragraphs: size, where: `checks ${side.name}`, samples: side.samples, perKey: side.perKey });
      suite.push(
        ratioRow(
          {
            id: `typing-checks.busy.${size}.${COPY}`,
            what: `busy per key with copy checks on, ${size.toLocaleString('en-US')} paragraphs, ${COPY} copy, caret mid-document (median of ${withChecks.samples.length}; each window with checks on and off in turn)`,
            value: busy(withChecks.samples),
            unit: 'ms',
            baseline: { what: 'the same article with checks off, same run', value: busy(without.samples) },
            target: `≤ ${LIMIT}× checks off`,
          },
          LIMIT,
        ),
      );
      const { collect, show } = mainThread as Record<'collect' | 'show', number[]>;
      // Every redraw (after an answer, a caret move, a scroll): reading where the screen is, and the flags' transaction.
      const drawApply = mainThread['draw-apply']!;
      const draws = mainThread['draw-screen']!.map((x, i) => x + (drawApply[i] ?? 0));
      suite.push({
        id: `typing-checks.after-pause.${size}.${COPY}`,
        what: `main thread's share of a check after a pause, ${size.toLocaleString('en-US')} paragraphs (${flags} flags shown): texts collected ${median(collect).toFixed(1)} ms + flags placed ${median(show).toFixed(1)} ms (medians of ${collect.length} / ${show.length}; longest ${Math.max(...collect, 0).toFixed(1)} / ${Math.max(...show, 0).toFixed(1)} ms); any redraw ${median(draws).toFixed(1)} ms (median of ${draws.length}, longest ${Math.max(...draws, 0).toFixed(1)})`,
        value: median(collect) + median(show),
        unit: 'ms',
        target: 'no long task (< 50 ms)',
        pass: Math.max(...collect, 0) + Math.max(...show, 0) < 50 && Math.max(...draws, 0) < 50,
      });
      process.stderr.write(`${size}: on ${busy(withChecks.samples).toFixed(2)} ms, off ${busy(without.samples).toFixed(2)} ms\n`);
    }
    for (const app of [first, second]) if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
  } finally {
    await second.close();
    await first.close();
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
