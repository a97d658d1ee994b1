// Which part of a flag costs a keystroke: the typing-checks bench's windows, one
// per variant, typed into in interleaved rounds on one article (a copy each):
//   on      checks on, caret at the end of the middle paragraph (flags drawn in it)
//   plain   the same with the flags' underline style off (the spans still there)
//   clear   checks on, caret in the nearest paragraph with no flag drawn
//   off     ?checks=off, caret as `on`
//   offclear ?checks=off, caret as `clear`
//   on-clean, off-clean  as on and off, in the copy with its flags fixed (few flags, few drawn)
//   on-b, off-b  as on and off, on another build's renderer (BENCH_B_DIR, e.g. an older commit's out/renderer)
// Also prints every "flags placed" measure after a pause, split into its parts
// (placing, the snapshot's listeners, drawing), to find a long task.
//
//   npx electron-vite build && npx tsx bench/experiments/checks-variants.ts
//   BENCH_SIZES=1000,5000 BENCH_ROUNDS=8 BENCH_VARIANTS=on,plain,clear,off,offclear
import type { CDPSession, Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from '../../tests/e2e/launch';
import { body, browserWithNameHelper, CHARS, instrument, placeCaret, printRows, ROUNDS, typeRun, WARMUP, type Row, type Sample } from '../keystroke-probe';
import { median } from '../report';

const SIZES = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number);
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'on,plain,clear,off,offclear').split(',');

interface Side {
  name: string;
  app: LaunchedApp;
  cdp: CDPSession;
  samples: Sample[];
  perKey: Record<string, number>;
  caret: number;
}

/** The `-clean` variants type into the copy with its flags fixed ("friday", doubled words): few flags, so few drawn. */
type Json = { type: string; text?: string; content?: Json[] };
const cleaned = (node: Json): Json =>
  node.text ? { ...node, text: node.text.replace(/\bfriday\b/g, 'Friday').replace(/\b(\w+) (?=\1\b)/g, '') } : node.content ? { ...node, content: node.content.map(cleaned) } : node;
const articleFor = (name: string, size: number) => (name.endsWith('-clean') ? cleaned(body(size) as Json) : body(size));

const busy = (samples: Sample[]) => median(samples.map((s) => s.key + s.render));

/** The top-level block nearest `from` with no flag drawn in it. */
async function clearBlock(page: Page, from: number): Promise<number> {
  return page.evaluate((at) => {
    const blocks = document.querySelector('.body-editor')!.children;
    for (let d = 0; d < blocks.length; d++) {
      for (const i of [at + d, at - d]) if (blocks[i]?.tagName === 'P' && !blocks[i]!.querySelector('.check-flag')) return i;
    }
    return at;
  }, from);
}

async function takeMeasures(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('copydesk:checks')) (out[e.name] ??= []).push(e.duration);
    performance.clearMeasures();
    return out;
  });
}

async function main() {
  const chromium = await browserWithNameHelper();
  const apps: LaunchedApp[] = [];
  const rows: Row[] = [];
  try {
    const sides: Side[] = [];
    for (const name of VARIANTS) {
      const app = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser, bypassCSP: true, dbPath: apps[0]?.dbPath, search: name.startsWith('off') ? '?checks=off' : '', ...(name.endsWith('-b') ? { rendererDir: process.env.BENCH_B_DIR } : {}) });
      apps.push(app);
      const cdp = await app.page.context().newCDPSession(app.page);
      await cdp.send('Performance.enable');
      sides.push({ name, app, cdp, samples: [], perKey: {}, caret: 0 });
    }
    const services = apps[0]!.services;
    const probe = sides.find((s) => !s.name.startsWith('off'))!;
    for (const size of SIZES) {
      for (const side of sides) services.articles.create({ headline: `Variant ${side.name} ${size}`, body: articleFor(side.name, size) as never });
      for (const side of sides) {
        side.samples = [];
        side.perKey = {};
        await side.app.reload();
        await side.app.page.getByRole('button', { name: `Variant ${side.name} ${size}` }).click();
        await side.app.page.locator('.body-editor > p').nth(size - 1).waitFor();
        await instrument(side.app.page);
        if (side.name === 'plain') await side.app.page.addStyleTag({ content: '.body-editor .check-flag { text-decoration: none !important; }' });
        if (!side.name.startsWith('off')) await side.app.page.getByTestId('save-state').waitFor();
        if (!side.name.startsWith('off') && !side.name.endsWith('-clean')) await side.app.page.locator('.body-editor .check-flag').first().waitFor({ timeout: 60_000 });
      }
      const middle = Math.floor(size / 2);
      await placeCaret(probe.app.page, middle);
      await probe.app.page.waitForTimeout(300);
      const clear = await clearBlock(probe.app.page, middle);
      for (const side of sides) side.caret = side.name.endsWith('clear') ? clear : middle;
      for (const side of sides) await takeMeasures(side.app.page);
      const shows: Record<string, number[]> = {};
      const perRound = Math.ceil(CHARS / ROUNDS);
      for (let round = 0; round < ROUNDS; round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          await placeCaret(side.app.page, side.caret);
          const run = await typeRun(side.app.page, side.cdp, perRound, round === 0 ? WARMUP : 5);
          side.samples.push(...run.samples);
          for (const [metric, ms] of Object.entries(run.perKey)) side.perKey[metric] = (side.perKey[metric] ?? 0) + ms / ROUNDS;
          await side.app.page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
          await side.app.page.waitForTimeout(900);
          for (const [name, list] of Object.entries(await takeMeasures(side.app.page))) (shows[`${side.name} ${name.replace('copydesk:checks-', '')}`] ??= []).push(...list);
        }
        process.stderr.write(`${size}: round ${round + 1}/${ROUNDS} done\n`);
      }
      for (const side of sides) rows.push({ paragraphs: size, where: `${side.name} @${side.caret}`, samples: side.samples, perKey: side.perKey });
      console.log(`\n${size} paragraphs, after each pause (ms, in order):`);
      for (const [name, list] of Object.entries(shows)) console.log(`  ${name.padEnd(22)} ${list.map((x) => x.toFixed(1)).join(' ')}`);
      const base = sides.find((s) => s.name === 'off');
      for (const side of sides) console.log(`  busy ${side.name.padEnd(9)} ${busy(side.samples).toFixed(2)} ms${base ? `  ${(busy(side.samples) / busy(base.samples)).toFixed(2)}× off` : ''}`);
    }
  } finally {
    for (const app of apps.reverse()) await app.close();
    await chromium.close();
  }
  console.log(`(warm-up ${WARMUP} keys)`);
  printRows(rows, 'paras variant @caret');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
