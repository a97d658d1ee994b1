// Two renderer builds typed into side by side, with a bare prosemirror-view as
// the floor: per-key busy time of each, the rows of one size taking turns in
// rounds whose order alternates (A B floor, floor B A, …), so that a load that
// changes by the minute on a shared machine hits both builds alike. For a
// before/after of a change to the typing path, where two separate
// `bench:typing` runs minutes apart differ by more than the change.
//
//   cp -r out /tmp/out-before   # the build before the change
//   npm run build               # the build after it
//   BENCH_A=/tmp/out-before/renderer npx tsx bench/experiments/typing-ab.ts
//
// Options: BENCH_A, BENCH_B (renderer build folders; B defaults to out/renderer),
// BENCH_SIZES=50,1000  BENCH_CHARS=200  BENCH_ROUNDS=8
import { launchApp, RENDERER_DIR, type LaunchedApp } from '../../tests/e2e/launch';
import { body, browserWithNameHelper, CHARS, instrument, placeCaret, printRows, ROUNDS, typeRun, WARMUP, type Row, type Target } from '../keystroke-probe';
import { openBaseline } from '../baseline-editors';
import { median } from '../report';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000').split(',').map(Number);
const BUILDS = { A: process.env.BENCH_A, B: process.env.BENCH_B ?? RENDERER_DIR };

const busy = (row: Row) => median(row.samples.map((s) => s.key + s.render));

async function openApp(app: LaunchedApp, size: number, label: string): Promise<Target> {
  const { page } = app;
  const headline = `A/B ${size} paragraphs`;
  app.services.articles.create({ headline, body: body(size) as never });
  await app.reload();
  await page.getByRole('button', { name: new RegExp(headline) }).click();
  await page.locator('.body-editor > p').nth(size - 1).waitFor();
  await instrument(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    where: label,
    page,
    cdp,
    prepare: () => placeCaret(page, Math.floor(size / 2)),
    settle: async () => {
      await page.getByTestId('save-state').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(200);
    },
  };
}

async function main() {
  if (!BUILDS.A) throw new Error('Set BENCH_A to the renderer build to compare with (e.g. a copy of out/renderer from before the change).');
  const chromium = await browserWithNameHelper();
  const apps = {
    A: await launchApp({ browser: chromium.browser, rendererDir: BUILDS.A, viewport: { width: 1280, height: 900 } }),
    B: await launchApp({ browser: chromium.browser, rendererDir: BUILDS.B, viewport: { width: 1280, height: 900 } }),
  };
  const rows: Row[] = [];
  const summary: string[] = [];
  try {
    for (const size of SIZES) {
      const floorPage = await openBaseline(chromium.browser, 'prosemirror-view', size);
      const floorCdp = await floorPage.context().newCDPSession(floorPage);
      await floorCdp.send('Performance.enable');
      await instrument(floorPage);
      const middle = Math.floor(size / 2);
      const targets: Target[] = [
        await openApp(apps.A, size, 'A'),
        await openApp(apps.B, size, 'B'),
        { where: 'prosemirror-view', page: floorPage, cdp: floorCdp, prepare: () => placeCaret(floorPage, middle), settle: () => floorPage.waitForTimeout(200) },
      ];
      const byWhere = new Map<string, Row>();
      const perRound = Math.ceil(CHARS / ROUNDS);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
          await target.prepare();
          const run = await typeRun(target.page, target.cdp, perRound, round < 2 ? WARMUP : 5);
          const into = byWhere.get(target.where);
          byWhere.set(target.where, into ? { ...into, samples: [...into.samples, ...run.samples] } : { paragraphs: size, where: target.where, ...run });
          await target.settle();
        }
        process.stderr.write(`${size}: round ${round + 1}/${ROUNDS} done\n`);
      }
      const [a, b, floor] = ['A', 'B', 'prosemirror-view'].map((w) => byWhere.get(w)!);
      rows.push(a!, b!, floor!);
      summary.push(
        `${String(size).padStart(6)} paragraphs: busy per key A ${busy(a!).toFixed(2)} ms (${(busy(a!) / busy(floor!)).toFixed(2)}× floor), B ${busy(b!).toFixed(2)} ms (${(busy(b!) / busy(floor!)).toFixed(2)}× floor), floor ${busy(floor!).toFixed(2)} ms; B/A ${(busy(b!) / busy(a!)).toFixed(2)}`,
      );
      await floorPage.context().close();
    }
  } finally {
    await apps.A.close();
    await apps.B.close();
    await chromium.close();
  }
  printRows(rows);
  console.log(`\nA = ${BUILDS.A}\nB = ${BUILDS.B}`);
  for (const line of summary) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
