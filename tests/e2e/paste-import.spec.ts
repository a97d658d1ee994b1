// Pasting a whole story as plain text into an empty article opens the import
// review; Keep fills that same article (stored through the editor's autosave),
// "Paste as plain text" pastes paragraphs as before, and a paste into an article
// that already has words never opens the review.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { paste } from './editor-helpers';
import { textOf } from '../../shared/import/assemble';
import { readSeed } from '../support/seed';

const SEED_TEXT = readSeed();
const SEED_HEADLINE = 'Syria Peace Talks Stall Between U.S. And Russia: ‘Grave Differences’ At G20 Summit Between Nations';

test('pasting the seed into a new article: review, keep, the same article holds it', async ({ app, shot }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await paste(page, { text: SEED_TEXT });

  const panel = page.getByRole('dialog', { name: 'Review import' });
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await expect(panel.getByText('Pasted text — this article stays empty')).toBeVisible();
  await expect(panel.getByText(SEED_HEADLINE).first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: '5 quotes' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Quotes' }).getByRole('listitem')).toHaveCount(5);
  await expect(panel.getByRole('list', { name: 'Photo credits' })).toContainText('Chip Somodevilla / Getty Images');
  await expect(panel.getByRole('button', { name: 'Paste as plain text' })).toBeVisible();
  // Nothing was pasted behind the panel.
  await expect(body).not.toContainText('Syria');
  await shot('paste-import-review');
  const audit = await new AxeBuilder({ page }).include('.import-review').exclude('iframe').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await panel.getByRole('button', { name: 'Keep article' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(SEED_HEADLINE);
  await expect(body.locator('blockquote')).toHaveCount(5);
  await expect(body).toContainText('It is a very complicated piece of business');
  await expect(body).not.toContainText('Share this article');

  // Still one article: Keep filled the open one instead of creating another.
  await expect.poll(() => app.services.articles.get(app.services.articles.list()[0]!.id).headline).toBe(SEED_HEADLINE);
  const list = app.services.articles.list();
  expect(list).toHaveLength(1);
  const stored = app.services.articles.get(list[0]!.id);
  const blocks = stored.body.content as { type: string }[];
  expect(blocks.filter((b) => b.type === 'blockquote')).toHaveLength(5);
  expect(blocks[0]).toMatchObject({ type: 'photo', attrs: { photographer: 'Chip Somodevilla', agency: 'Getty Images' } });
  expect(blocks.map(textOf).join('\n')).not.toContain('More from Inquisitr');
  expect(stored.revision).toBeGreaterThan(0);
  // The library shows the headline too.
  await expect(page.getByRole('complementary', { name: 'Articles' })).toContainText('Syria Peace Talks Stall');
  expect(app.consoleErrors).toEqual([]);
});

test('"Paste as plain text" pastes the story as paragraphs and keeps the fields empty', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await paste(page, { text: SEED_TEXT });
  const panel = page.getByRole('dialog', { name: 'Review import' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Paste as plain text' }).click();
  await expect(panel).toBeHidden();

  await expect(body).toContainText('Syria Peace Talks Stall');
  await expect(body).toContainText('Share this article');
  await expect(body.locator('blockquote')).toHaveCount(0);
  await expect(body).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  // Stored by autosave like any other paste.
  await expect.poll(() => app.services.articles.list()[0]?.wordCount ?? 0).toBeGreaterThan(100);
  const stored = app.services.articles.get(app.services.articles.list()[0]!.id);
  const blocks = stored.body.content as { type: string }[];
  expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
  expect(textOf(blocks[0])).toBe(SEED_TEXT.split('\n').find((l) => l.trim())!.trim());
  expect(stored.headline).toBe('');
  expect(app.consoleErrors).toEqual([]);
});

test('a paste into an article that already has a headline pastes paragraphs, no review', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('My own headline');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await paste(page, { text: SEED_TEXT });

  await expect(body).toContainText('Syria Peace Talks Stall');
  await expect(page.getByRole('dialog', { name: 'Review import' })).toHaveCount(0);
  await expect(body.locator('blockquote')).toHaveCount(0);
  await expect(body.locator('p').filter({ hasText: 'Share this article' })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('My own headline');
  expect(app.consoleErrors).toEqual([]);
});

test('a new article starts in the headline: a story pasted there is offered too; Escape pastes it into the body', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await paste(page, { text: SEED_TEXT });
  const panel = page.getByRole('dialog', { name: 'Review import' });
  await expect(panel).toBeFocused();
  await expect(panel.getByRole('heading', { name: '5 quotes' })).toBeVisible();
  await expect(headline).toHaveValue('');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Syria Peace Talks Stall');
  await expect(body.locator('p').filter({ hasText: 'Share this article' })).toHaveCount(1);
  await expect(body).toBeFocused();
  await expect(headline).toHaveValue('');
  expect(app.consoleErrors).toEqual([]);
});

test('Keep after the article changed elsewhere shows the conflict choice; nothing is overwritten silently', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await paste(page, { text: SEED_TEXT });
  const panel = page.getByRole('dialog', { name: 'Review import' });
  await expect(panel).toBeVisible();
  // Someone else saves the article while the journalist reviews (another window, the CLI).
  const [summary] = app.services.articles.list();
  const before = app.services.articles.get(summary!.id);
  app.services.articles.save(before.id, before.revision, { headline: 'Desk headline' });

  await panel.getByRole('button', { name: 'Keep article' }).click();
  await expect(panel).toBeHidden();
  const bar = page.getByRole('alert').filter({ hasText: 'changed somewhere else' });
  await expect(bar).toBeVisible();
  expect(app.services.articles.get(before.id).headline).toBe('Desk headline');
  // The journalist chooses: their reviewed import wins, based on the stored revision.
  await bar.getByRole('button', { name: 'Keep my version' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const stored = app.services.articles.get(before.id);
  expect(stored.headline).toBe(SEED_HEADLINE);
  expect((stored.body.content as { type: string }[]).filter((b) => b.type === 'blockquote')).toHaveLength(5);
});
