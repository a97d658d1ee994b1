// The desk in the real renderer with 300 articles: a phrase from one body
// paragraph finds that article first, highlighted; filters and the keyboard
// work; status, section and tags set in the metadata row survive a reload and
// show in the preview; spike → undo → spike → Spiked view → unspike restores
// the status. axe-core on the list, the results and the metadata row.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { METHODS } from '../../shared/ipc/channels';
import type { ArticlePage } from '../../shared/article/list-page';
import { ArticleGenerator } from '../../bench/library-db';

const COUNT = 300;
const PHRASE = 'ferry timetable was rewritten overnight';

const axeClean = async (page: import('@playwright/test').Page, selector: string) => {
  const audit = await new AxeBuilder({ page }).include(selector).analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
};

test('300 articles: search by a phrase, filters, keyboard, metadata row, spike and unspike', async ({ app, shot }) => {
  const { page } = app;
  const generator = new ArticleGenerator(7);
  let target = '';
  for (let i = 0; i < COUNT; i++) {
    const fields = generator.article(120);
    if (i === 137) {
      fields.headline = 'Harbour services change';
      fields.status = 'ready';
      fields.tags = [];
      const body = fields.body!;
      body.content.splice(3, 0, { type: 'paragraph', content: [{ type: 'text', text: `Passengers found that the ${PHRASE} after the storm.` }] });
    }
    const created = app.services.articles.create(fields);
    if (i === 137) target = created.id;
  }
  await app.reload();
  const library = page.getByRole('complementary', { name: 'Articles' });
  const rows = library.getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  await axeClean(page, '.library');

  // Mod-Shift-F from the body of the page focuses the search; typing searches as it goes.
  await page.locator('body').click();
  await page.keyboard.press('Control+Shift+F');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(search).toBeFocused();
  await search.pressSequentially(`"${PHRASE}"`, { delay: 5 });
  const first = rows.first();
  await expect(first).toContainText('Harbour services change');
  const marks = first.locator('mark');
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).join(' ').toLowerCase()).toContain('ferry');
  await shot('desk-search-results');
  await axeClean(page, '.library');
  // The renderer was sent pages, never the library.
  for (const call of app.calls!.filter((c) => c.channel === METHODS.listArticles)) {
    expect((call.result as { ok: true; value: ArticlePage }).value.items.length).toBeLessThanOrEqual(100);
  }

  // Filters combine with the words: another status hides it, its own shows it.
  const status = library.getByRole('combobox', { name: 'Status' });
  await status.selectOption('draft');
  await expect(library.locator('.list-note', { hasText: 'No articles match.' })).toBeVisible();
  await status.selectOption('ready');
  await expect(first).toContainText('Harbour services change');
  await status.selectOption('');

  // Keyboard: ↓ into the results, Enter opens; Escape in the box clears the words.
  await search.focus();
  await page.keyboard.press('ArrowDown');
  await expect(library.locator('button[data-index="0"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour services change');
  await search.focus();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(rows).not.toHaveCount(1);

  // The metadata row: status, section (with suggestions), tags as chips.
  const meta = page.getByRole('group', { name: 'Status, section and tags' });
  await meta.getByRole('combobox', { name: 'Status' }).selectOption('editing');
  await meta.getByRole('combobox', { name: 'Section' }).fill('Harbour desk');
  const tagInput = meta.getByRole('combobox', { name: 'Add a tag' });
  await tagInput.fill('ferries');
  await tagInput.press('Enter');
  await tagInput.fill('storm,');
  await tagInput.fill('typo');
  await tagInput.press('Enter');
  await tagInput.press('Backspace');
  await expect(meta.getByRole('listitem')).toHaveText([/ferries/, /storm/]);
  await axeClean(page, '.metadata-row');
  await shot('desk-metadata-row');
  await page.keyboard.press('Control+s');
  await expect.poll(() => app.services.articles.get(target).tags).toEqual(['ferries', 'storm']);
  await app.reload();
  await library.getByRole('button', { name: /Harbour services change/ }).click();
  await expect(meta.getByRole('combobox', { name: 'Status' })).toHaveValue('editing');
  await expect(meta.getByRole('combobox', { name: 'Section' })).toHaveValue('Harbour desk');
  await expect(meta.getByRole('listitem')).toHaveText([/ferries/, /storm/]);
  await expect(page.frameLocator('iframe[title="Published preview"]').locator('.kicker')).toHaveText('Harbour desk');

  // Spike → Undo → Spike → Spiked view → Unspike: back with the status it had.
  await app.emit('spikeArticle');
  const toast = page.getByRole('status').filter({ hasText: 'Spiked — “Harbour services change”' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour services change');
  await app.emit('spikeArticle');
  await expect(toast).toBeVisible();
  await search.fill('harbour');
  await expect(library.locator('.list-note', { hasText: 'No articles match.' })).toBeVisible();
  await search.fill('');
  await library.getByRole('button', { name: /^Spiked \(1\)$/ }).click();
  await library.getByRole('button', { name: /Harbour services change/ }).click();
  await shot('desk-spiked-view');
  await page.locator('.spiked-banner').getByRole('button', { name: 'Unspike' }).click();
  await expect(page.locator('.spiked-banner')).toHaveCount(0);
  expect(app.services.articles.get(target).status).toBe('editing');
  expect(app.services.articles.isSpiked(target)).toBe(false);
  await library.getByRole('button', { name: /^Spiked/ }).click();
  await expect(library.getByRole('button', { name: /Harbour services change/ })).toBeVisible();

  // The section filter ignores case and accents; New Article clears the search and filters so the new article is in sight.
  await search.fill('harbour');
  const section = library.getByRole('textbox', { name: 'Section' });
  await section.fill('HARBOUR DÉSK');
  await expect(first).toContainText('Harbour services change');
  await expect(rows).toHaveCount(1);
  await app.emit('newArticle');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await expect(search).toHaveValue('');
  await expect(section).toHaveValue('');
  await expect(first).toContainText('Untitled');
  await expect(rows).not.toHaveCount(1);
  // Words still waiting out the box's debounce when New Article came do not bring the search back.
  await page.waitForTimeout(500);
  await expect(search).toHaveValue('');
  await expect(first).toContainText('Untitled');
  await shot('desk-new-article-clears-search');
  expect(app.consoleErrors).toEqual([]);
});
