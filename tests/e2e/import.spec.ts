// Import end to end in the production renderer on a real database: File →
// Import… with the seed article, the review panel lists what was recognized,
// undoing one quote makes it a paragraph again, and Keep stores the reviewed
// article (checked straight against the store).
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { textOf } from '../../shared/import/assemble';
import { councilDocx, PNG } from '../unit/import/council-docx';
import { SEED_PATH } from '../support/seed';

const SEED = SEED_PATH;
const AP_WIRE = path.resolve('tests/fixtures/import/ap-wire.txt');

test('importing the seed: review, undo one quote, keep', async ({ app, shot }) => {
  const { page } = app;
  await expect(page.getByText('No articles yet.')).toBeVisible();

  // The menu item sends menu:import; the renderer opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await app.emit('importFile');
  await (await chooser).setFiles(SEED);

  const panel = page.getByRole('dialog', { name: 'Review import' });
  // Reading a file in main can take a while on a loaded machine (mammoth for .docx).
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('Syria Peace Talks Stall Between U.S. And Russia: ‘Grave Differences’ At G20 Summit Between Nations').first()).toBeVisible();
  await expect(panel.getByText('13 paragraphs')).toBeVisible();
  await expect(panel.getByRole('heading', { name: '5 quotes' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Quotes' }).getByRole('listitem')).toHaveCount(5);
  await expect(panel.getByRole('textbox', { name: 'Attribution for quote 1' })).toHaveValue('The Guardian');
  await expect(panel.getByRole('heading', { name: '1 photo credit' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Photo credits' })).toContainText('Chip Somodevilla / Getty Images');
  await expect(panel.getByRole('list', { name: 'Dropped lines' })).toContainText('Share this article:');
  await expect(panel.getByRole('list', { name: 'Dropped lines' })).toContainText('More from Inquisitr');
  // Nothing is stored while the journalist reviews.
  expect(app.services.articles.list()).toEqual([]);
  await shot('import-review');
  const audit = await new AxeBuilder({ page }).include('.import-review').exclude('iframe').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await panel.getByRole('button', { name: 'Undo quote 3: make it a paragraph' }).click();
  await expect(panel.getByRole('heading', { name: '4 quotes' })).toBeVisible();
  await expect(panel.getByText('15 paragraphs')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Undone' })).toContainText('It is a very complicated piece of business');
  await shot('import-review-undone');

  // Attributions are the journalist's to correct: one guess made fuller, one added where none was found.
  const second = panel.getByRole('textbox', { name: 'Attribution for quote 2' });
  await second.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.type('Barack ');
  await expect(second).toHaveValue('President Barack Obama');
  const third = panel.getByRole('textbox', { name: 'Attribution for quote 3' });
  await expect(third).toHaveValue('');
  await third.fill('a Western diplomat ');
  await expect(panel.frameLocator('.import-preview').locator('figure.quote').nth(2)).toContainText('a Western diplomat');

  await panel.getByRole('button', { name: 'Keep article' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/^Syria Peace Talks Stall/);
  await shot('import-kept');

  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  const blocks = stored.body.content as { type: string }[];
  const quotes = blocks.filter((b) => b.type === 'blockquote') as unknown as { content: { type: string }[] }[];
  expect(quotes).toHaveLength(4);
  expect(quotes.map((q) => q.content.filter((c) => c.type === 'attribution').map(textOf))).toEqual([
    ['The Guardian'],
    ['President Barack Obama'],
    ['a Western diplomat'],
    ['The U.K. monitor'],
  ]);
  expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(15);
  expect(blocks[0]).toMatchObject({ type: 'photo', attrs: { photographer: 'Chip Somodevilla', agency: 'Getty Images' } });
  expect(blocks.filter((b) => b.type === 'paragraph').map(textOf)).toContain(
    '“But if we do not get some buy-in from the Russians on reducing the violence and easing the humanitarian crisis it’s difficult to see how we get to the next phase.”',
  );
  expect(app.consoleErrors).toEqual([]);
});

test('cancelling an import stores nothing; the Import… button opens the same flow', async ({ app }) => {
  const { page } = app;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(AP_WIRE);
  const panel = page.getByRole('dialog', { name: 'Review import' });
  // Reading a file in main can take a while on a loaded machine (mammoth for .docx).
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('WASHINGTON (AP)')).toBeVisible();
  // Keyboard stays inside the modal (a native modal <dialog>: the window behind is inert). Shift+Tab
  // from the dialog passes the browser's own stop, never the window behind, then lands on its last
  // button; Tab wraps to its first.
  await expect(panel).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('.library :focus, .workspace :focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(panel.getByRole('button', { name: 'Keep article' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Undo headline: put it back in the body' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  expect(app.services.articles.list()).toEqual([]);
});

test('a press release dropped on the window is imported with its dateline, furniture dropped', async ({ app }) => {
  const { page } = app;
  const text = fs.readFileSync(path.resolve('tests/fixtures/import/press-release.txt'), 'utf8');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'press-release.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  const panel = page.getByRole('dialog', { name: 'Review import' });
  // Reading a file in main can take a while on a loaded machine (mammoth for .docx).
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('BOSTON, Nov. 24, 2026 /PRNewswire/')).toBeVisible();
  await expect(panel.getByRole('heading', { name: '3 dropped lines' })).toBeVisible();
  await panel.getByRole('button', { name: 'Keep article' }).click();
  await expect(panel).toBeHidden();
  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  expect(stored.dateline).toBe('BOSTON, Nov. 24, 2026 /PRNewswire/');
  expect(JSON.stringify(stored.body)).not.toMatch(/###|press@northwind/);
});

test('a Word file goes through the same review panel; its image is kept with the article', async ({ app }) => {
  const { page } = app;
  const file = path.join(test.info().outputDir, 'council.docx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await councilDocx());

  const chooser = page.waitForEvent('filechooser');
  await app.emit('importFile');
  await (await chooser).setFiles(file);
  const panel = page.getByRole('dialog', { name: 'Review import' });
  // Reading a file in main can take a while on a loaded machine (mammoth for .docx).
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('3 paragraphs, 1 subhead, 1 list')).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Attribution for quote 1' })).toHaveValue('Mayor Ana Ruiz');
  await expect(panel.getByRole('list', { name: 'Photo credits' })).toContainText('Sam Lee / City Times');
  await expect(panel.getByRole('list', { name: 'Photo credits' })).toContainText('with image');
  await panel.getByRole('button', { name: 'Keep article' }).click();
  await expect(panel).toBeHidden();

  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  expect(stored.headline).toBe('Council backs “riverside” housing plan');
  const photo = (stored.body.content as { type: string; attrs?: { asset?: string } }[]).find((b) => b.type === 'photo')!;
  expect(app.services.assets.get(photo.attrs!.asset!)?.bytes.equals(PNG)).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});

test('a saved web page: what the article leaves out is counted, readable and restorable; pictures left out are listed', async ({ app, shot }) => {
  const { page } = app;
  const chooser = page.waitForEvent('filechooser');
  await app.emit('importFile');
  await (await chooser).setFiles(path.resolve('tests/fixtures/import/pages/02-wordpress-allotments.html'));
  const panel = page.getByRole('dialog', { name: 'Review import' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('Allotment waiting list passes 600 as rents rise').first()).toBeVisible();
  await expect(panel.getByText('Tom Bridges', { exact: true })).toBeVisible();

  // The comment thread inside the article container, the sidebar, the newsletter box: left out, each one readable.
  const parts = panel.getByRole('list', { name: 'Left out of the page' });
  await expect(parts).toContainText('reader comments');
  await expect(parts).toContainText('sidebar');
  await expect(parts).toContainText('newsletter sign-up');
  const thread = parts.getByRole('listitem').filter({ hasText: 'reader comments' }).first();
  await thread.getByText(/reader comments · \d+ words/).click();
  await expect(thread).toContainText('This is good news for the families on our street');
  // The picture on the web is listed, with why it is not imported.
  await expect(panel.getByRole('heading', { name: '1 picture left out' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Pictures left out' })).toContainText('Copydesk works offline and never downloads pictures');
  await expect(panel.frameLocator('.import-preview').locator('body')).not.toContainText('This is good news for the families on our street');
  await shot('import-review-web-page');
  const audit = await new AxeBuilder({ page }).include('.import-review').exclude('iframe').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A wrong call is one click to undo: the thread comes back at the end of the body.
  await thread.getByRole('button', { name: /^Restore left-out part/ }).click();
  await expect(panel.frameLocator('.import-preview').locator('body')).toContainText('This is good news for the families on our street');
  await expect(panel.getByRole('list', { name: 'Undone' })).toContainText('reader comments');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  expect(app.services.articles.list()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('a page whose body comes out tiny says so before Keep', async ({ app }) => {
  const { page } = app;
  const file = path.join(test.info().outputDir, 'teaser.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '<html><head><title>Ferry back on Monday | Island News</title></head><body><h1>Ferry back on Monday</h1><p>The ferry returns on Monday.</p></body></html>');
  const chooser = page.waitForEvent('filechooser');
  await app.emit('importFile');
  await (await chooser).setFiles(file);
  const panel = page.getByRole('dialog', { name: 'Review import' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('list', { name: 'Check before keeping' })).toContainText('The body has only 5 words');
});
