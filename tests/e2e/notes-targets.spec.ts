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
import { spawnSync } from 'node:child_process';

const SCREENSHOTS = path.resolve('test-results/screenshots');
/** The real `copydesk` CLI (tests/support/cli.ts is CommonJS-only; Playwright loads specs as ES modules). */
const runCli = (args: string[]) => {
  const run = spawnSync(process.execPath, [path.resolve('bin/copydesk.js'), ...args], { encoding: 'utf8', env: { ...process.env, COPYDESK_DB: '' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
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
  // Your initials, set once on this computer in the settings dialog, go on every note made here.
  await page.getByRole('button', { name: 'Publication settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Publication settings' });
  await settings.getByRole('textbox', { name: /Your initials/ }).fill('JB');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-your-initials.png') });
  const settingsAudit = await new AxeBuilder({ page }).include('.settings-dialog').analyze();
  expect(settingsAudit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();
  expect(app.services.userSettings.get()).toEqual({ noteInitials: 'JB' });

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
  // Shown with who made it and when, to see and to hear (the label is not part of the text).
  const label = page.locator('.body-editor .note-label');
  await expect(label.locator('[aria-hidden="true"]')).toHaveText(/^Note · JB · \d{1,2}:\d{2}( [AP]M)?$/);
  await expect(label.locator('.visually-hidden')).toHaveText(/^Editorial note by JB, .*\d{4}.*\d{1,2}:\d{2}.*:$/);
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
  const storedNote = JSON.stringify(stored.body).match(/\{"type":"text","marks":\[\{"type":"note","attrs":\{"author":"JB","at":"([^"]+)"\}\}\],"text":"CHECK WITH PRESS OFFICE"\}/);
  expect(storedNote).not.toBeNull();
  expect(Math.abs(Date.parse(storedNote![1]!) - Date.now())).toBeLessThan(10 * 60_000);
  expect(summary!.wordCount).toBe(12);
  // The interchange JSON keeps who and when: show --json, then import-json into another database, shows the same note.
  const shown = runCli(['show', summary!.id, '--json', '--db', app.dbPath]);
  expect(shown.status).toBe(0);
  const json = JSON.parse(shown.stdout) as { body: unknown };
  expect(JSON.stringify(json.body)).toContain(storedNote![0]);
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-notes-json-'));
  fs.writeFileSync(path.join(elsewhere, 'story.json'), shown.stdout);
  const created = runCli(['import-json', path.join(elsewhere, 'story.json'), '--db', path.join(elsewhere, 'other.db'), '--create']);
  expect(created.stderr).toBe('');
  const again = JSON.parse(runCli(['show', created.stdout.trim(), '--json', '--db', path.join(elsewhere, 'other.db')]).stdout) as { body: unknown; wordCount?: number };
  expect(again.body).toEqual(json.body);
  fs.rmSync(elsewhere, { recursive: true, force: true });

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
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toHaveText(/Exported to .*story\.html\. Note: the article still has 1 open editorial note; it is left out of the HTML\./);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-notes-warning.png') });

  // Edit → Copy HTML puts the fragment and its text on the clipboard, neither with the note.
  await app.emit('copyHtml');
  await expect.poll(() => app.clipboard?.html ?? '').toContain('Campaigners will appeal.');
  expect(app.clipboard!.html).not.toContain('PRESS OFFICE');
  expect(app.clipboard!.text).not.toContain('PRESS OFFICE');
  await expect(page.getByRole('status').filter({ hasText: 'Article HTML copied' })).toContainText('Note: the article still has 1 open editorial note');
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

test('a note is resolved from its card or with Mod-Alt-Shift-M, one undo step each; History keeps it; the output never had it', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Bridge repairs to start in spring');
  // No initials set on this computer: the note takes the byline's.
  await page.getByRole('textbox', { name: 'Byline' }).fill('By Jane Doe, Transport Correspondent');
  await page.locator('.body-editor').click();
  await page.keyboard.type('Repairs will cost £4m. ');
  await page.keyboard.type('ASK COUNCIL FOR THE TENDER');
  await page.keyboard.type(' Work starts in March.');
  const body = page.locator('.body-editor');
  const note = page.locator('.body-editor .editorial-note');
  // Select the note's words with the keyboard and make them a note.
  await page.keyboard.press('Control+End');
  for (let i = 0; i < ' Work starts in March.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'ASK COUNCIL FOR THE TENDER'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+Alt+m');
  await expect(note).toHaveText('ASK COUNCIL FOR THE TENDER');
  await expect(page.locator('.body-editor .note-label [aria-hidden="true"]')).toHaveText(/^Note · JD · /);
  await expect(page.getByTestId('word-count')).toHaveText('8 words');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The caret in the note: its card says whose it is, and offers Resolve.
  await page.keyboard.press('ArrowLeft');
  const card = page.getByRole('group', { name: 'Editorial note' });
  await expect(card).toContainText(/Note by JD, \d{1,2}:\d{2}/);
  const resolve = card.getByRole('button', { name: /Resolve note/ });
  await expect(resolve).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'note-card.png') });
  const audit = await new AxeBuilder({ page }).include('.editor-shell').exclude('iframe').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Click path: the note leaves the copy (and the doubled space with it); the count is unchanged.
  await resolve.click();
  await expect(note).toHaveCount(0);
  await expect(card).toBeHidden();
  await expect(body.locator('p').first()).toHaveText('Repairs will cost £4m. Work starts in March.');
  await expect(page.getByTestId('word-count')).toHaveText('8 words');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'note-resolved.png') });
  // Undo brings it back whole, with its initials and time, in one step.
  await page.keyboard.press('Control+z');
  await expect(note).toHaveText('ASK COUNCIL FOR THE TENDER');
  await expect(page.locator('.body-editor .note-label [aria-hidden="true"]')).toHaveText(/^Note · JD · /);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // A second note typed at the caret (Mod-Alt-M with nothing selected, again to stop): copy typed after it stays copy.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Alt+m');
  await page.keyboard.type(' CHECK DATE');
  await page.keyboard.press('Control+Alt+m');
  await page.keyboard.type(' Done.');
  await expect(note).toHaveText(['ASK COUNCIL FOR THE TENDER', ' CHECK DATE']);
  await expect(page.getByTestId('word-count')).toHaveText('9 words');
  await page.keyboard.press('Control+z'); // the typed " Done." and the typed note go, in steps, leaving the first note
  await expect(page.getByTestId('word-count')).toHaveText('8 words');
  while ((await note.count()) > 1) await page.keyboard.press('Control+z');
  await expect(body.locator('p').first()).toHaveText(/March\.$/);

  // Keyboard path: the caret in the note, Mod-Alt-Shift-M.
  await note.click();
  await page.keyboard.press('Control+Alt+Shift+M');
  await expect(note).toHaveCount(0);
  await expect(body.locator('p').first()).toHaveText('Repairs will cost £4m. Work starts in March.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Resolved = gone from the body as stored, the preview, Copy HTML and its warning…
  const [summary] = app.services.articles.list();
  expect(JSON.stringify(app.services.articles.get(summary!.id).body)).not.toContain('TENDER');
  expect(await frame().getAttribute('srcdoc')).not.toContain('TENDER');
  await app.emit('copyHtml');
  await expect(page.getByRole('status').filter({ hasText: 'Article HTML copied' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Article HTML copied' })).not.toContainText('editorial note');
  expect(app.clipboard!.html).toContain('Work starts in March.');
  // …and kept in History: a version from before it was resolved has it, with its author.
  const versions = app.services.versions.list(summary!.id).items;
  const withNote = versions.filter((v) => JSON.stringify(app.services.versions.get(summary!.id, v.number).body).includes('"author":"JD"'));
  expect(withNote.length).toBeGreaterThan(0);
  await page.keyboard.press('Control+Alt+Shift+H');
  const panel = page.getByRole('complementary', { name: 'History' });
  await panel.getByRole('listbox', { name: 'Versions, newest first' }).getByRole('option', { name: new RegExp(`Version ${withNote[0]!.number} `) }).click();
  await panel.getByRole('button', { name: 'This version', exact: true }).click();
  await expect(panel.locator('.history-document')).toContainText('ASK COUNCIL FOR THE TENDER');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'note-in-history.png') });
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
