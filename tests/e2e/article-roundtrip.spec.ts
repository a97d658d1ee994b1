// Foundation: create an article, type a headline and two paragraphs, reload,
// and everything is back from SQLite.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { previewHeadline } from './editor-helpers';

// Quit tests read what the renderer answered main's quit request; the Chromium
// host records it. Under Electron the answer goes to main's real quit sequence
// (unit-tested in tests/unit/shell/), which would end the app mid-test.
const QUIT_NEEDS_HOST = 'the quit answer is recorded by the Chromium host; Electron quits for real';
function skipUnderElectron() {
  if (test.info().project.name !== 'electron') return;
  console.log(`[e2e] skipped under Electron: ${test.info().title} — ${QUIT_NEEDS_HOST}`);
  test.skip(true, QUIT_NEEDS_HOST);
}

test('an article typed in the editor survives a reload, stored in SQLite', async ({ app, shot }) => {
  const { page } = app;
  await expect(page.getByText('No articles yet.')).toBeVisible();
  await shot('foundation-empty');

  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Council approves riverside housing plan');
  await headline.press('Enter');

  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toBeFocused();
  await page.keyboard.type('The city council voted 7-2 on Tuesday night.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Construction is expected to begin next spring.');

  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await shot('foundation-typed');

  await app.reload();
  await page.getByRole('button', { name: /Council approves riverside housing plan/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Council approves riverside housing plan');
  const paragraphs = page.getByRole('textbox', { name: 'Article body' }).locator('p');
  await expect(paragraphs).toHaveText([
    'The city council voted 7-2 on Tuesday night.',
    'Construction is expected to begin next spring.',
  ]);

  // And it really is in the database, not only in the page.
  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  expect(stored.headline).toBe('Council approves riverside housing plan');
  expect(stored.body).toEqual({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'The city council voted 7-2 on Tuesday night.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Construction is expected to begin next spring.' }] },
    ],
  });
  expect(app.consoleErrors).toEqual([]);
});

test('quitting right after typing stores the last words before the app may quit', async ({ app }) => {
  skipUnderElectron();
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Late edit');
  await headline.press('Enter');
  await page.keyboard.type('Typed a moment before quitting.');
  // No waiting for the autosave debounce: quit now, as File → Quit would.
  await app.emit('flushBeforeQuit');
  await expect.poll(() => app.quitRequested).toBe(true);
  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  expect(stored.headline).toBe('Late edit');
  expect(JSON.stringify(stored.body)).toContain('Typed a moment before quitting.');
  expect(app.quitUnsaved).toBeNull();
});

test('quitting with words that could not be saved says so, so main asks before losing them', async ({ app }) => {
  skipUnderElectron();
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Contested' });
  await app.reload();
  await page.getByRole('button', { name: /Contested/ }).click();
  // Someone else saves it first: this window's next save is a conflict, and its words stay unsaved.
  app.services.articles.save(article.id, article.revision, { headline: 'Changed at the desk' });
  await page.getByRole('textbox', { name: 'Headline' }).fill('My late headline');
  await expect(page.getByTestId('save-state')).toContainText('conflict');

  await app.emit('flushBeforeQuit');
  await expect.poll(() => app.quitRequested).toBe(true);
  expect(app.quitUnsaved).toMatch(/changed somewhere else .* your version is not saved/);
  // ...and that a safety copy is kept, so main's question can say quitting does not lose them for good.
  expect(app.quitUnsaved).toContain('A copy is kept on this computer');
  // Nothing was overwritten, and the words are still on screen for the journalist who chooses to stay.
  expect(app.services.articles.get(article.id).headline).toBe('Changed at the desk');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('My late headline');
});

test('after the window is reloaded from a crash, it reopens the article as last saved and says what happened', async ({ app, shot }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Night shift report', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Saved words.' }] }] } });
  app.services.articles.create({ headline: 'Another story' });
  await app.reload();
  await page.getByRole('button', { name: /Night shift report/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Night shift report');

  // What electron/main/shell/renderer-recovery.ts does after render-process-gone: load the app again, with the reason.
  await page.evaluate(() => {
    location.hash = 'recovered=oom';
    location.reload();
  });
  const notice = page.getByRole('alert').filter({ hasText: 'ran out of memory' });
  await expect(notice).toContainText('Your article is as it was last saved');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Night shift report');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Saved words.');
  // The preview shows it too (it used to stay blank after a reload until the next edit).
  await expect.poll(() => previewHeadline(page)).toBe('Night shift report');
  expect(await page.evaluate(() => location.hash)).toBe('');
  await shot('recovered-after-crash');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();

  // A reload by hand afterwards is not announced as another crash, and reopens nothing by itself.
  await page.getByRole('button', { name: /Another story/ }).click();
  await app.reload();
  await expect(page.getByRole('button', { name: /Another story/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveCount(0);
  expect(app.services.articles.get(article.id).revision).toBe(1);
});

test('switching away from an article whose changes could not be saved keeps it open and says why', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Contested' });
  app.services.articles.create({ headline: 'Elsewhere' });
  await app.reload();
  await page.getByRole('button', { name: /Contested/ }).click();
  app.services.articles.save(article.id, article.revision, { headline: 'Changed at the desk' });
  await page.getByRole('textbox', { name: 'Headline' }).fill('My late headline');
  await expect(page.getByTestId('save-state')).toContainText('conflict');

  await page.getByRole('button', { name: /Elsewhere/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'stays open until its changes are saved' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('My late headline');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('My late headline');
  expect(app.services.articles.list()).toHaveLength(2);

  // Once the journalist settles the conflict, moving on works, and their words are stored.
  await page.getByRole('button', { name: 'Keep my version' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('button', { name: /Elsewhere/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Elsewhere');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.services.articles.get(article.id).headline).toBe('My late headline');
});

test('a new article left without a word written in it is not kept; one with words is', async ({ app }) => {
  const { page } = app;
  app.services.articles.create({ headline: 'Existing story' });
  await app.reload();
  await page.getByRole('button', { name: 'New article', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await expect(page.getByRole('button', { name: /Untitled article/ })).toHaveCount(1);
  // Changed its mind: back to the story. The empty draft goes, from the list and the database.
  await page.getByRole('button', { name: /Existing story/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Existing story');
  await expect(page.getByRole('button', { name: /Untitled article/ })).toHaveCount(0);
  expect(app.services.articles.list().map((a) => a.headline)).toEqual(['Existing story']);

  // New article twice in a row leaves one draft, not two.
  await page.getByRole('button', { name: 'New article', exact: true }).click();
  await page.getByRole('button', { name: 'New article', exact: true }).click();
  await expect(page.getByRole('button', { name: /Untitled article/ })).toHaveCount(1);
  // A draft with a single word in it is an article.
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Notes');
  await page.getByRole('button', { name: /Existing story/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Existing story');
  await expect(page.getByRole('button', { name: /Untitled article/ })).toHaveCount(1);
  expect(app.services.articles.list()).toHaveLength(2);
});

test('File → Spike Article, Undo, spike again; Delete permanently… exists only in the Spiked view and asks first, naming the article', async ({ app, shot }) => {
  const { page } = app;
  const doomed = app.services.articles.create({
    headline: 'Council meeting moved',
    status: 'ready',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The meeting is now on Thursday.' }] }] },
  });
  app.services.articles.create({ headline: 'Another story' });
  await app.reload();
  const row = page.getByRole('button', { name: /Council meeting moved/ });
  await row.click();
  // The menu acts on the open article: wait until it is open, as the writer would see it.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Council meeting moved');
  // Main's File → Spike Article (and Export, Copy HTML) are enabled only while an article is open.
  // (What the renderer tells main is recorded by the Chromium host; under Electron, main itself acts on it.)
  const menuFollows = test.info().project.name === 'chromium';
  if (menuFollows) await expect.poll(() => app.articleOpen).toBe(true);

  await app.emit('spikeArticle');
  const toast = page.getByRole('status').filter({ hasText: 'Spiked — “Council meeting moved”' });
  await expect(toast).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Council meeting moved');
  await expect(row).toBeVisible();
  expect(app.services.articles.isSpiked(doomed.id)).toBe(false);

  await app.emit('spikeArticle');
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: 'Spiked (1)' }).click();
  await row.click();
  const banner = page.locator('.spiked-banner');
  await expect(banner).toContainText('This article is on the spike');
  await banner.getByRole('button', { name: 'Delete permanently…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Council meeting moved” permanently?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Its 6 words');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot('delete-article-dialog');
  const audit = await new AxeBuilder({ page }).include('.confirm-dialog').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(app.services.articles.isSpiked(doomed.id)).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Council meeting moved');

  await banner.getByRole('button', { name: 'Delete permanently…' }).click();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveCount(0);
  await expect(row).toHaveCount(0);
  expect(() => app.services.articles.get(doomed.id)).toThrow(/No article/);
  expect(app.services.articles.list().map((a) => a.headline)).toEqual(['Another story']);
  if (menuFollows) await expect.poll(() => app.articleOpen).toBe(false);
  expect(app.consoleErrors).toEqual([]);
});

test('quitting from a blank new article does not leave it behind', async ({ app }) => {
  skipUnderElectron();
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  expect(app.services.articles.list()).toHaveLength(1);
  await app.emit('flushBeforeQuit');
  await expect.poll(() => app.quitRequested).toBe(true);
  expect(app.quitUnsaved).toBeNull();
  expect(app.services.articles.list()).toEqual([]);
});

test('a long article list can be searched, ignoring case and accents', async ({ app }) => {
  const { page } = app;
  const headlines = [
    'Flood barriers stay up', 'River flood warning lifted', 'Council tax vote', 'Café owners fight rent rise',
    'School reopens', 'Bus routes change', 'Library hours cut', 'Mayor visits Millbrook', 'Bridge repairs begin',
  ];
  for (const headline of headlines) app.services.articles.create({ headline });
  await app.reload();
  const list = page.getByRole('complementary', { name: 'Articles' }).getByRole('listitem');
  await expect(list).toHaveCount(9);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('FLOOD');
  await expect(list).toHaveCount(2);
  await expect(list.filter({ hasText: 'River flood warning lifted' })).toHaveCount(1);
  await expect(list.filter({ hasText: 'Flood barriers stay up' })).toHaveCount(1);
  await search.fill('cafe');
  await expect(list).toHaveText([/Café owners fight rent rise/]);
  await search.fill('election');
  await expect(list).toHaveCount(0);
  await expect(page.getByText('No articles match.', { exact: true }).last()).toBeVisible();
  await search.press('Escape');
  await expect(list).toHaveCount(9);
});
