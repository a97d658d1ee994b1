// What a keystroke changes in the body's DOM with copy checks on: the DOM
// mutations of each key, by top-level block relative to the caret's, with
// checks on and off (a mutation in a block the key did not touch makes the
// next forced layout, in Selection.collapse, re-lay that block out).
//
//   npx electron-vite build && npx tsx bench/experiments/checks-mutations.ts
//   BENCH_SIZE=1000 BENCH_KEYS=30
import { launchApp } from '../../tests/e2e/launch';
import { body, browserWithNameHelper, instrument, placeCaret, typeOne, TEXT } from '../keystroke-probe';

const SIZE = Number(process.env.BENCH_SIZE ?? 1000);
const KEYS = Number(process.env.BENCH_KEYS ?? 30);

async function main() {
  const chromium = await browserWithNameHelper();
  const on = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser });
  const off = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser, dbPath: on.dbPath, search: '?checks=off' });
  try {
    for (const [name, app] of [['on', on], ['off', off]] as const) {
      const headline = `Mutations ${name} ${SIZE}`;
      on.services.articles.create({ headline, body: body(SIZE) as never });
      await app.reload();
      await app.page.getByRole('button', { name: headline }).click();
      await app.page.locator('.body-editor > p').nth(SIZE - 1).waitFor();
      await instrument(app.page);
      if (name === 'on') await app.page.locator('.body-editor .check-flag').first().waitFor({ timeout: 60_000 });
      const { page } = app;
      const caret = Math.floor(SIZE / 2);
      await placeCaret(page, caret);
      for (let i = 0; i < 5; i++) await typeOne(page, TEXT[i % TEXT.length]!);
      await page.evaluate((at) => {
        const editor = document.querySelector('.body-editor')!;
        const counts = new Map<string, number>();
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            let block: Node | null = r.target;
            while (block && block.parentNode !== editor) block = block.parentNode;
            const index = block ? [...editor.children].indexOf(block as Element) - at : NaN;
            // Outside the body: named by the nearest element with a class.
            const el = (r.target.nodeType === 1 ? r.target : r.target.parentElement) as Element | null;
            const outside = el?.closest('[class]')?.className ?? el?.tagName;
            const key = block ? `${index >= 0 ? '+' : ''}${index} ${r.type}` : `outside ${outside} ${r.type}${r.attributeName ? ` ${r.attributeName}` : ''}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        (window as unknown as Record<string, unknown>).__mutations = { observer, counts };
      }, caret);
      for (let i = 0; i < KEYS; i++) await typeOne(page, TEXT[(i + 5) % TEXT.length]!);
      const result = await page.evaluate(() => {
        const m = (window as unknown as { __mutations: { observer: MutationObserver; counts: Map<string, number> } }).__mutations;
        m.observer.takeRecords();
        m.observer.disconnect();
        return { counts: [...m.counts.entries()], decorated: new Set([...document.querySelectorAll('.body-editor .check-flag')].map((el) => el.closest('.body-editor > *'))).size, flags: document.querySelectorAll('.body-editor .check-flag').length };
      });
      console.log(`checks ${name}, ${SIZE} paragraphs, ${KEYS} keys: ${result.flags} flags drawn in ${result.decorated} blocks; mutations by block (relative to the caret's) and type:`);
      for (const [key, n] of result.counts.sort()) console.log(`  ${key.padEnd(20)} ${n} (${(n / KEYS).toFixed(1)} a key)`);
    }
  } finally {
    await off.close();
    await on.close();
    await chromium.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
