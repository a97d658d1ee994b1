// History in Chromium on the real store: type, let the autosave take a
// version, cut a paragraph, Save Version "filed"; the History panel shows the
// cut paragraph as removed, Restore brings it back (in the editor and in
// SQLite) as one undo step, and "filed" is still listed; text copies out
// of an old version. axe-core clean.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { doc, p } from '../support/docs';

const CUT = 'The paragraph the desk will cut, about the budget vote.';

test('a cut paragraph is marked removed in History and restored from the version before the cut', async ({ app, shot }) => {
  const { page, services } = app;
  const { id } = services.articles.create({ headline: 'Council passes the budget', body: doc(p('The council passed its budget on Tuesday night.'), p('Councillors will meet again in March.')) });
  await app.reload();
  await page.getByRole('button', { name: /Council passes the budget/ }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await page.getByText('on Tuesday night.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(CUT);
  // Past the autosave: the article's first automatic version holds the new paragraph.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect.poll(() => services.versions.list(id).items.map((v) => v.reason)).toEqual(['autosave', 'created']);
  expect(JSON.stringify(services.versions.get(id, 2).body)).toContain(CUT);

  // Cut the middle paragraph.
  await page.getByText(CUT).click({ clickCount: 3 });
  await page.keyboard.press('Control+x');
  await page.keyboard.press('Backspace');
  await expect(body).not.toContainText('budget vote');

  // Save Version (Ctrl+S) named "filed".
  await page.keyboard.press('Control+s');
  const save = page.getByRole('dialog', { name: 'Save version' });
  await save.getByLabel('Name (optional)').fill('filed');
  await shot('history-save-version');
  await save.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version 3 “filed”' })).toBeVisible();
  expect(services.versions.list(id).items.map((v) => [v.number, v.reason, v.name])).toEqual([[3, 'manual', 'filed'], [2, 'autosave', null], [1, 'created', null]]);

  // History: newest first; pick the version before the cut; the cut paragraph shows as removed.
  await page.keyboard.press('Control+Alt+Shift+H');
  const panel = page.getByRole('complementary', { name: 'History' });
  const list = panel.getByRole('listbox', { name: 'Versions, newest first' });
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveText([/Version 3 · Saved version · “filed”/, /Version 2 · Automatic/, /Version 1 · Created/]);
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: /Version 2/ })).toHaveAttribute('aria-selected', 'true');
  const removed = panel.locator('del.history-block-removed');
  await expect(removed).toHaveText(`Removed: ${CUT}`);
  await expect(panel.getByText('Headline, standfirst, byline, dateline, status, section and tags: unchanged.')).toBeVisible();
  await shot('history-panel-changes');
  const audit = await new AxeBuilder({ page }).include('.history-panel').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The version on its own, read-only.
  await panel.getByRole('button', { name: 'This version', exact: true }).click();
  await expect(panel.locator('.history-document')).toContainText(CUT);
  await expect(panel.locator('.history-document del')).toHaveCount(0);
  await shot('history-panel-version');
  // Copy text: what is selected in the old version, or all of it.
  await panel.getByRole('button', { name: 'Copy text from this version' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Copied the whole text of version 2.' })).toBeVisible();
  await panel.locator('.history-document').getByText(CUT).click({ clickCount: 3 });
  await panel.getByRole('button', { name: 'Copy text from this version' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Copied the selected text of version 2.' })).toBeVisible();

  // Restore: asked first, then the paragraph is back in the editor and in SQLite, as a new revision.
  await panel.getByRole('button', { name: 'Restore this version…' }).click();
  const confirm = panel.getByRole('alertdialog', { name: 'Restore version 2?' });
  await expect(confirm).toContainText('nothing is lost');
  await shot('history-restore-confirm');
  const audit2 = await new AxeBuilder({ page }).include('.history-panel').analyze();
  expect(audit2.violations.map((v) => v.id)).toEqual([]);
  await confirm.getByRole('button', { name: 'Restore version 2' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Version 2 is back in the editor' })).toBeVisible();
  await expect(body).toContainText(CUT);
  expect(services.articles.get(id).body).toEqual(services.versions.get(id, 2).body);
  const after = services.versions.list(id).items.map((v) => [v.number, v.reason, v.name, v.restoredFrom]);
  expect(after).toEqual([[4, 'restore', null, 2], [3, 'manual', 'filed', null], [2, 'autosave', null, null], [1, 'created', null, null]]);
  await expect(list.getByRole('option')).toHaveCount(4);
  await expect(list.getByRole('option', { name: /Version 3 · Saved version · “filed”/ })).toBeVisible();
  await shot('history-after-restore');

  // One undo step takes the editor back to the cut text.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('budget vote');
  await expect(body).toContainText('Councillors will meet again in March.');
  expect(app.consoleErrors).toEqual([]);
});
