// Where a keystroke's extra time goes with copy checks on: the typing-checks
// bench's two windows (checks on, ?checks=off) on one article, each typed into
// under a CDP CPU profile, self time per key by owner and by function, and how
// many checks ran (and flags were placed) while typing.
//
//   npx electron-vite build && npx tsx bench/experiments/checks-profile.ts
//   BENCH_SIZE=5000 BENCH_KEYS=80 BENCH_COPY=random|clean
import { launchApp, RENDERER_DIR } from '../../tests/e2e/launch';
import { body, browserWithNameHelper, instrument, placeCaret, typeOne, TEXT } from '../keystroke-probe';
import { bundleMapOf, printSummary, startCpuProfile, stopCpuProfile, summarizeCpu } from '../profile';
import { median } from '../report';
import fs from 'node:fs';

const SIZE = Number(process.env.BENCH_SIZE ?? 5000);
const KEYS = Number(process.env.BENCH_KEYS ?? 80);
const COPY = process.env.BENCH_COPY === 'clean' ? 'clean' : 'random';
type Json = { type: string; text?: string; content?: Json[] };
const cleaned = (node: Json): Json =>
  node.text ? { ...node, text: node.text.replace(/\bfriday\b/g, 'Friday').replace(/\b(\w+) (?=\1\b)/g, '') } : node.content ? { ...node, content: node.content.map(cleaned) } : node;

async function main() {
  const chromium = await browserWithNameHelper();
  const on = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser });
  const off = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser, dbPath: on.dbPath, search: '?checks=off' });
  try {
    for (const [name, app] of [['off', off], ['on', on]] as const) {
      const headline = `Profile ${name} ${SIZE}`;
      const doc = COPY === 'clean' ? cleaned(body(SIZE) as Json) : body(SIZE);
      on.services.articles.create({ headline, body: doc as never });
      await app.reload();
      await app.page.getByRole('button', { name: headline }).click();
      await app.page.locator('.body-editor > p').nth(SIZE - 1).waitFor();
      await instrument(app.page);
    }
    await on.page.locator('.body-editor .check-flag').first().waitFor({ timeout: 60_000 });
    for (const [name, app] of [['off', off], ['on', on], ['off', off], ['on', on]] as const) {
      const { page } = app;
      const cdp = await page.context().newCDPSession(page);
      await placeCaret(page, Math.floor(SIZE / 2));
      for (let i = 0; i < 10; i++) await typeOne(page, TEXT[i % TEXT.length]!);
      await page.evaluate(() => {
        performance.clearMeasures();
        performance.clearMarks();
        (window as unknown as { __bench: { samples: unknown[] } }).__bench.samples.length = 0;
      });
      await startCpuProfile(cdp, 100);
      for (let i = 0; i < KEYS; i++) await typeOne(page, TEXT[i % TEXT.length]!);
      const profile = await stopCpuProfile(cdp);
      if (process.env.BENCH_SAVE) fs.writeFileSync(`/tmp/checks-${name}.cpuprofile`, JSON.stringify(profile));
      const { samples, measures } = await page.evaluate(() => ({
        samples: (window as unknown as { __bench: { samples: { key: number; render: number }[] } }).__bench.samples,
        measures: [
          ...performance.getEntriesByType('measure').map((m) => `${m.name} ${m.duration.toFixed(1)}`),
          ...Object.entries(performance.getEntriesByType('mark').reduce<Record<string, number>>((n, m) => ({ ...n, [m.name]: (n[m.name] ?? 0) + 1 }), {})).map(([name, n]) => `${name} ×${n}`),
        ],
      }));
      const summary = summarizeCpu(profile, await bundleMapOf(page, RENDERER_DIR));
      printSummary(`checks ${name}, ${SIZE} paragraphs ${COPY}, ${KEYS} keys: busy median ${median(samples.map((s) => s.key + s.render)).toFixed(1)} ms; measures during typing: ${measures.join(', ') || 'none'}`, summary, KEYS, 'ms/key');
      await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1000);
      await cdp.detach();
    }
  } finally {
    await off.close();
    await on.close();
    await chromium.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
