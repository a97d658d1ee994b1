// The library at a scale where it matters, in the real renderer: 1,000
// articles with a small page size. The test host sees every bridged call, so
// what the renderer was sent is asserted, not guessed: one page at a time,
// nothing re-read on opening or saving, the filter answered by SQLite.
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { test, expect, SCREENSHOT_DIR } from './fixtures';
import type { BridgedCall } from './launch';
import { launchApp } from './launch';
import type { ArticlePage } from '../../shared/article/list-page';
import { METHODS } from '../../shared/ipc/channels';

const PAGE = 25;
const COUNT = 1000;


const listCalls = (calls: readonly BridgedCall[]) => calls.filter((c) => c.channel === METHODS.listArticles);
const pageOf = (call: BridgedCall) => (call.result as { ok: true; value: ArticlePage }).value;

test('1,000 articles: the renderer receives one page at a time and windows the list', async () => {
  test.skip(test.info().project.name === 'electron', 'asserts on the bridged calls, which only the Chromium test host sees');
  const seeded = await launchApp({ search: `?listPageSize=${PAGE}` });
  await expect(seeded.page.getByText('Your articles will appear here.')).toBeVisible();
  const headlines: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const headline = i === 500 ? 'Crème brûlée festival returns' : `Council story number ${i}`;
    headlines.push(headline);
    seeded.services.articles.create({ headline, status: i % 3 === 0 ? 'published' : 'draft' });
  }
  const app = seeded;
  const { page } = app;
  // Only what this page load asked for (the first load saw an empty library).
  const all = app.calls!;
  const start = all.length;
  await app.reload();
  const calls = {
    get list() {
      return all.slice(start);
    },
  };
  const library = page.getByRole('complementary', { name: 'Articles' });
  await expect(library.getByRole('button', { name: /Council story number 999/ })).toBeVisible();

  // One page, with the count of the whole library; a few dozen rows in the DOM, not a thousand.
  let lists = listCalls(calls.list);
  expect(lists.length).toBeGreaterThanOrEqual(1);
  for (const call of lists) expect(pageOf(call).items.length).toBeLessThanOrEqual(PAGE);
  expect(pageOf(lists[0]!).total).toBe(COUNT);
  expect(await library.getByRole('listitem').count()).toBeLessThan(PAGE + 15);
  await expect(library.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(COUNT));

  // Scrolling to the end of what is loaded asks for the next page, by cursor.
  const before = lists.length;
  const scroller = page.locator('.article-scroller');
  for (let i = 0; i < 4; i++) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(150);
  }
  lists = listCalls(calls.list);
  expect(lists.length).toBeGreaterThan(before);
  for (const call of lists.slice(1)) {
    expect((call.payload as { cursor?: unknown }).cursor).toBeDefined();
    expect(pageOf(call).items.length).toBeLessThanOrEqual(PAGE);
    expect(call.responseBytes).toBeLessThan(PAGE * 400);
  }
  const received = lists.reduce((n, call) => n + pageOf(call).items.length, 0);
  expect(received).toBeLessThan(COUNT / 2);
  expect(await library.getByRole('listitem').count()).toBeLessThan(PAGE * 2);
  await scroller.evaluate((el) => el.scrollTo(0, 0));

  // Opening an article and saving it read no list: the saved row changes in place.
  const listedBefore = listCalls(calls.list).length;
  await library.getByRole('button', { name: /Council story number 998/ }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue('Council story number 998');
  await headline.fill('Council story number 998, revised');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(library.getByRole('button', { name: /Council story number 998, revised/ })).toHaveAttribute('aria-current', 'true');
  expect(listCalls(calls.list).length).toBe(listedBefore);

  // The filter is a query in SQLite, accents and case ignored; its answer is one page.
  const filter = page.getByRole('searchbox', { name: 'Search articles' });
  await filter.fill('CREME BRU');
  await expect(library.getByRole('listitem')).toHaveText([/Crème brûlée festival returns/]);
  const filtered = listCalls(calls.list).at(-1)!;
  expect(filtered.payload).toMatchObject({ filter: { query: 'CREME BRU' } });
  expect(pageOf(filtered).items).toHaveLength(1);
  await filter.press('Escape');
  await expect(library.getByRole('button', { name: /Council story number 999/ })).toBeVisible();

  // Keyboard: arrows move between rows, scrolling the window; Enter opens. (The filter's new query put
  // the saved article on top, as the newest.)
  const rows = library.getByRole('button');
  await library.getByRole('button', { name: /Council story number 998, revised/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-index', '1');
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  // (Articles created in the same millisecond are ordered by id: name the row by its place.)
  await expect(page.locator(':focus')).toHaveAttribute('data-index', '41');
  expect(await rows.count()).toBeLessThan(PAGE * 2);
  await page.keyboard.press('Home');
  await expect(library.getByRole('button', { name: /Council story number 998, revised/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = (await page.locator(':focus .article-link-headline').textContent())!;
  expect(second).toMatch(/^Council story number \d+$/);
  await page.keyboard.press('Enter');
  await expect(headline).toHaveValue(second);
  // The preview follows the article opened from the keyboard (and the screenshot shows it, not a blank page).
  await expect(page.frameLocator('iframe[title="Published preview"]').locator('h1')).toHaveText(second);

  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'library-1000-articles.png') });
  const audit = await new AxeBuilder({ page }).include('.library').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  await app.close();
});

test('an empty library says so; the search box comes with the first article', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Your articles will appear here.')).toBeVisible();
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const library = page.getByRole('complementary', { name: 'Articles' });
  await expect(library.getByRole('button', { name: /Untitled article/ })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveCount(1);
});
