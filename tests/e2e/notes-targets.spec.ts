// Issue 18, editorial notes and length targets, in real Chromium on the real
// dispatch and SQLite: select words, Mod-Alt-M makes them a note — the count
// drops, the preview, the exported file and Copy HTML leave it out (and say a note is still there), the store
// keeps it; a target typed in the metadata row shows "N / 800 words · … under"
// and is stored; a selection shows its own count. axe-core on the lot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';

const SCREENSHOTS = path.resolve('test-results/screenshots');
const NOTE = 'CHECK WITH PRESS OFFICE';
let app: LaunchedApp;

test.beforeEach(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchApp({ viewport: { width: 1400, height: 900 } });
});
test.afterEach(async () => {
  await app?.close();
});

const frame = () => app.page.locator('iframe[title="Published preview"]');
const words = async () => Number(((await app.page.getByTestId('word-count').textContent()) ?? '').replace(/[^\d].*$/, ''));

test('a note made with Mod-Alt-M is kept but left out of the count, the preview, the export and Copy HTML', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Council votes to close Riverside library');
  await headline.press('Enter');
  await page.keyboard.type('The council voted on Tuesday to close the library. ');
  await page.keyboard.type(NOTE);
  await expect(page.getByTestId('word-count')).toHaveText('13 words');

  // Select the last four words and make them a note.
  for (let i = 0; i < NOTE.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('selection-count')).toHaveText('4 words selected');
  await page.keyboard.press('Control+Alt+m');
  const note = page.locator('.body-editor .editorial-note');
  await expect(note).toHaveText(NOTE);
  await expect(page.getByTestId('word-count')).toHaveText('9 words');
  // Typing after the note is copy again, not more note (the mark does not spread). Control+End, not End:
  // in the 60–75 character measure the paragraph wraps, and End stops at the end of the line inside the note.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Campaigners will appeal.');
  await expect(page.getByTestId('word-count')).toHaveText('12 words');
  await expect(note).toHaveText(NOTE);

  // The preview shows the copy and not the note.
  await expect(frame()).toHaveAttribute('srcdoc', /Campaigners will appeal\./);
  expect(await frame().getAttribute('srcdoc')).not.toContain('PRESS OFFICE');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The store keeps the note in the body and counts without it.
  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  expect(JSON.stringify(stored.body)).toContain(`{"type":"text","marks":[{"type":"note"}],"text":"${NOTE}"}`);
  expect(summary!.wordCount).toBe(12);

  await page.screenshot({ path: path.join(SCREENSHOTS, 'note-in-body.png') });
  const audit = await new AxeBuilder({ page }).include('.editor-shell').exclude('iframe').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // File → Export HTML… writes a page without the note.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-notes-'));
  const target = path.join(dir, 'story.html');
  app.answerExportDialog!(target);
  await app.emit('exportHtml');
  await expect.poll(() => fs.existsSync(target)).toBe(true);
  const exported = fs.readFileSync(target, 'utf8');
  expect(exported).toContain('The council voted on Tuesday to close the library.');
  expect(exported).toContain('Campaigners will appeal.');
  expect(exported).not.toContain('PRESS OFFICE');
  // Export warns, never blocks, while a note is still in the body.
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toHaveText(/Exported to .*story\.html\. Note: the article still has editorial notes; they are left out of the HTML\./);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-notes-warning.png') });

  // Edit → Copy HTML puts the fragment and its text on the clipboard, neither with the note.
  await app.emit('copyHtml');
  await expect.poll(() => app.clipboard?.html ?? '').toContain('Campaigners will appeal.');
  expect(app.clipboard!.html).not.toContain('PRESS OFFICE');
  expect(app.clipboard!.text).not.toContain('PRESS OFFICE');
  await expect(page.getByRole('status').filter({ hasText: 'Article HTML copied' })).toContainText('Note: the article still has editorial notes');
  fs.rmSync(dir, { recursive: true, force: true });

  // Mod-Alt-M over a selection holding the note turns it back into copy: its words count again.
  await note.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Shift+Home'); // the whole one-paragraph body, however its lines wrap
  await page.keyboard.press('Control+Alt+m');
  await expect(note).toHaveCount(0);
  await expect(page.getByTestId('word-count')).toHaveText('16 words');
  // No note left: Copy HTML says nothing about notes.
  await app.emit('copyHtml');
  await expect(page.getByRole('status').filter({ hasText: 'Article HTML copied' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Article HTML copied' })).not.toContainText('editorial notes');
  expect(app.consoleErrors).toEqual([]);
});

test('a length target typed in the metadata row shows in the status bar, under, near and over, and is stored', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Budget row deepens');
  await headline.press('Enter');
  await page.keyboard.type('One two three four five six seven eight nine ten.');
  const target = page.getByRole('textbox', { name: 'Target length in words' });
  await target.fill('40');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 40 words · 30 under');
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-state', 'under');
  await target.fill('11');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 11 words · near target (1 under)');
  await target.fill('8');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 8 words · 2 over');
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-state', 'over');
  // Something that is not a number is marked, said, and not saved.
  await target.fill('lots');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 8 words · 2 over');
  await target.fill('800');
  // The article's own spelling dialect, beside it (the checks use it over the publication's).
  await page.getByRole('combobox', { name: 'Spelling dialect of this article' }).selectOption('en-US');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const [summary] = app.services.articles.list();
  expect(app.services.articles.get(summary!.id)).toMatchObject({ targetWords: 800, dialect: 'en-US' });

  // A selection shows its own count beside the total.
  await page.locator('.body-editor').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await expect(page.getByTestId('selection-count')).toHaveText('10 words selected');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'length-target.png') });
  const audit = await new AxeBuilder({ page }).include('.editor-shell').exclude('iframe').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The target survives a reload: it came back from the store.
  await app.reload();
  await page.getByRole('button', { name: /Budget row deepens/ }).first().click();
  await expect(page.getByRole('textbox', { name: 'Target length in words' })).toHaveValue('800');
  await expect(page.getByRole('combobox', { name: 'Spelling dialect of this article' })).toHaveValue('en-US');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 800 words · 790 under');
  expect(app.consoleErrors).toEqual([]);
});
