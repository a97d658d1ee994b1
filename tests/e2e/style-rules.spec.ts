// Publication settings → Style rules on the real renderer build, real SQLite
// and the checker's worker: editing a rule's replacement changes the open
// article's flag; a pattern that does not compile is refused in the form with
// the rule's id and the reason, and the sheet is kept; an added rule flags the
// article; import and export CSV; the sheet survives a relaunch on the same
// file. Keyboard only where a journalist would use it; axe-core clean.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';

const SCREENSHOTS = path.resolve('test-results/screenshots');
const HEADLINE = 'Mayor backs the plan';
const TEXT = 'The mayor said the plan was okay and would utilise the old depot.';

let app: LaunchedApp;
let dir: string;
test.beforeEach(async ({}, testInfo) => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-rules-'));
  app = await launchApp({ dbPath: path.join(dir, 'copydesk.db'), viewport: { width: 1400, height: 900 }, bypassCSP: testInfo.title.includes('axe-core') });
  app.services.articles.create({ headline: HEADLINE, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }] } as never });
  await app.reload();
  await app.page.getByRole('button', { name: HEADLINE }).click();
});
test.afterEach(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const styleFlag = (page: Page, text: string) => page.locator('.body-editor .check-style', { hasText: text });

async function openRules(page: Page) {
  await page.getByRole('button', { name: 'Publication settings…' }).click();
  await page.getByRole('dialog', { name: 'Publication settings' }).getByRole('button', { name: 'Edit style rules…' }).click();
  const rules = page.getByRole('dialog', { name: 'Style rules' });
  await expect(rules.getByRole('table')).toBeVisible();
  return rules;
}

async function closeAll(page: Page) {
  await page.getByRole('dialog', { name: 'Style rules' }).getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('dialog', { name: 'Publication settings' }).getByRole('button', { name: 'Cancel', exact: true }).click();
}

test('editing a rule’s replacement changes the open article’s flag; a bad pattern is refused with the reason; the sheet survives a relaunch (axe-core clean)', async () => {
  let { page } = app;
  await expect(styleFlag(page, 'okay')).toHaveCount(1);
  await page.keyboard.press('Control+Alt+k');
  const panel = page.getByRole('complementary', { name: /Checks/ });
  await expect(panel.getByRole('button', { name: /^Fix “okay” .* to “OK”$/ })).toBeVisible();

  const rules = await openRules(page);
  await rules.getByRole('searchbox', { name: 'Filter rules' }).fill('okay');
  await expect(rules.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'style-rules-list.png') });
  await new AxeBuilder({ page }).include('.rules-dialog').analyze().then((r) => expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]));

  // Keyboard: Edit, the form takes the focus; the replacement changed and saved with Enter.
  await rules.getByRole('button', { name: 'Edit rule abbrev-ok' }).focus();
  await page.keyboard.press('Enter');
  await expect(rules.getByRole('textbox', { name: /^Id/ })).toBeFocused();
  await rules.getByRole('textbox', { name: /^Replacement/ }).fill('O.K.');
  await rules.getByRole('textbox', { name: /^Replacement/ }).press('Enter');
  await expect(rules.getByRole('status')).toHaveText('Rule “abbrev-ok” saved; the open article is checked again.');

  // A pattern that does not compile: refused in the form, with the id and the reason; nothing stored.
  await rules.getByRole('button', { name: 'Edit rule abbrev-ok' }).click();
  await rules.getByRole('combobox', { name: 'Type' }).selectOption('regex');
  await rules.getByRole('textbox', { name: 'Pattern', exact: true }).fill('ok(ay');
  await rules.getByRole('button', { name: 'Save rule' }).click();
  await expect(rules.getByRole('alert')).toHaveText(/^Rule "abbrev-ok": the pattern does not compile \(.*Unterminated group/);
  await expect(rules.getByRole('textbox', { name: 'Pattern', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'style-rules-refused.png') });
  await new AxeBuilder({ page }).include('.rules-dialog').analyze().then((r) => expect(r.violations.map((v) => v.id)).toEqual([]));
  expect(app.services.checks.rules().find((r) => r.id === 'abbrev-ok')).toMatchObject({ type: 'regex', pattern: String.raw`\bokay\b`, replacement: 'O.K.' });
  // Escape leaves the form (the draft dropped) for the list, the keyboard on the rule's Edit button; a second Escape
  // closes the style rules and only them.
  await page.keyboard.press('Escape');
  await expect(rules.getByRole('button', { name: 'Edit rule abbrev-ok' })).toBeFocused();

  // A rule of the desk's own, added: the article is flagged by it.
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await rules.getByRole('textbox', { name: /^Id/ }).fill('house-utilise');
  await rules.getByRole('textbox', { name: 'Pattern', exact: true }).fill('utilise|utilize');
  await rules.getByRole('textbox', { name: /^Replacement/ }).fill('use');
  await rules.getByRole('textbox', { name: /^Description/ }).fill('Plain words: "use".');
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await expect(rules.getByRole('status')).toHaveText('Rule “house-utilise” added; the open article is checked again.');
  await expect(rules.getByRole('button', { name: 'Edit rule house-utilise' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(rules).toBeHidden();
  const settings = page.getByRole('dialog', { name: 'Publication settings' });
  await expect(settings.getByRole('button', { name: 'Edit style rules…' })).toBeFocused();
  await settings.getByRole('button', { name: 'Cancel', exact: true }).click();

  await expect(panel.getByRole('button', { name: /^Fix “okay” .* to “O\.K\.”$/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: /^Fix “utilise” .* to “use”$/ })).toBeVisible();
  await expect(styleFlag(page, 'utilise')).toHaveAttribute('title', 'House style: Plain words: "use".');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'style-rules-flag-changed.png') });

  // Relaunch on the same file: the sheet is the one stored.
  await app.close();
  app = await launchApp({ dbPath: path.join(dir, 'copydesk.db'), viewport: { width: 1400, height: 900 } });
  page = app.page;
  await page.getByRole('button', { name: HEADLINE }).click();
  await expect(styleFlag(page, 'utilise')).toHaveCount(1);
  const again = await openRules(page);
  await again.getByRole('searchbox', { name: 'Filter rules' }).fill('house-utilise');
  await expect(again.getByRole('row', { name: /house-utilise/ })).toContainText('utilise|utilize');
  await expect(again.getByText(/^The publication’s own sheet: \d+ rules/)).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('import a CSV (a bad one refused naming the rule, the sheet kept), export it, delete a rule, restore the defaults', async () => {
  const { page } = app;
  const rules = await openRules(page);
  const good = path.join(dir, 'desk.csv');
  fs.writeFileSync(good, 'type,pattern,replacement,category,description,id\nwords,depot,garage,Words,We say garage.,house-depot\n');
  await rules.getByLabel('CSV sheet to import').setInputFiles(good);
  await expect(rules.getByRole('status')).toHaveText('Imported 1 rule from desk.csv; they replace the sheet.');
  await expect(rules.getByRole('row')).toHaveCount(2);

  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'type,pattern,replacement,category,description,id\nwords,depot,garage,Words,We say garage.,house-depot\nregex,[oops,x,Words,Broken.,broken-one\n');
  await rules.getByLabel('CSV sheet to import').setInputFiles(bad);
  await expect(rules.getByRole('alert')).toHaveText(/^bad\.csv: The file was not imported; the sheet is unchanged\. Rule "broken-one" \(line 3\): the pattern does not compile/);
  expect(app.services.checks.rules().map((r) => r.id)).toEqual(['house-depot']);

  const out = path.join(dir, 'out.csv');
  app.answerExportDialog!(out);
  await rules.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(rules.getByRole('status')).toHaveText(`Wrote 1 rule to ${out}.`);
  expect(fs.readFileSync(out, 'utf8')).toContain('"house-depot"');

  await rules.getByRole('button', { name: 'Delete rule house-depot' }).click();
  await expect(rules.getByText('The sheet has no rules.')).toBeVisible();
  await rules.getByRole('button', { name: 'Restore default sheet…' }).click();
  await rules.getByRole('button', { name: 'Restore the defaults' }).click();
  await expect(rules.getByRole('status')).toHaveText('The default sheet is back.');
  await expect(rules.getByText(/^The default sheet: \d+ rules/)).toBeVisible();
  expect(app.services.checks.hasCustomRules()).toBe(false);
  await closeAll(page);
  await expect(styleFlag(page, 'okay')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});
