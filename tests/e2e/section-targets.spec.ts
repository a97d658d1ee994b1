// Issue 18 part 4, a default length target per section, in real Chromium on
// the real dispatch and SQLite: set in Publication settings (Enter in its
// boxes sets it, a bad number is refused in words), an article of that
// section with no target of its own shows "N / 20 words (Politics default)",
// the section matched ignoring case and accents; its own target overrides and
// emptying it brings the default back; the defaults survive a reload. axe-core clean.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';

const SCREENSHOTS = path.resolve('test-results/screenshots');
let app: LaunchedApp;

test.beforeEach(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchApp({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
});
test.afterEach(async () => {
  await app?.close();
});

test('a section’s default target shows for its articles with none of their own; an article’s own overrides it (axe-core clean)', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Publication settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Publication settings' });
  const part = settings.getByRole('group', { name: 'Length targets by section' });
  await part.getByRole('textbox', { name: 'Section' }).fill('Politics');
  await part.getByRole('textbox', { name: 'Words' }).fill('many');
  await part.getByRole('textbox', { name: 'Words' }).press('Enter');
  await expect(part.getByRole('alert')).toHaveText(/^"many" is not a number of words/);
  // The settings dialog stayed open: Enter here sets a target, it does not submit the form.
  await expect(settings).toBeVisible();
  await part.getByRole('textbox', { name: 'Words' }).fill('20');
  await part.getByRole('textbox', { name: 'Words' }).press('Enter');
  await expect(part.getByRole('status')).toHaveText('Politics: 20 words.');
  await expect(part.getByRole('list', { name: 'Section targets' })).toHaveText(/Politics: 20 words/);
  expect(app.services.sectionTargets.list()).toEqual([{ section: 'Politics', targetWords: 20 }]);
  await part.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'section-targets-settings.png') });
  const audit = await new AxeBuilder({ page }).include('.settings-dialog').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await settings.getByRole('button', { name: 'Cancel', exact: true }).click();

  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Budget row deepens');
  await headline.press('Enter');
  await page.keyboard.type('One two three four five six seven eight nine ten.');
  await expect(page.getByTestId('word-count')).toHaveText('10 words');
  // The section as another reporter spells it: the desk's default still applies.
  await page.locator('.editor').getByRole('combobox', { name: 'Section' }).fill('polítics');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 20 words (Politics default) · 10 under');
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-state', 'under');
  const target = page.getByRole('textbox', { name: 'Target length in words' });
  await expect(target).toHaveAttribute('placeholder', '20');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'section-target-status.png') });
  const editorAudit = await new AxeBuilder({ page }).include('.editor-shell').exclude('iframe').analyze();
  expect(editorAudit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Its own target overrides the section's; emptied, the section's is back.
  await target.fill('11');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 11 words · near target (1 under)');
  await target.fill('');
  await expect(page.getByTestId('word-count')).toHaveText('10 / 20 words (Politics default) · 10 under');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const [summary] = app.services.articles.list();
  expect(app.services.articles.get(summary!.id)).toMatchObject({ section: 'polítics' });
  expect('targetWords' in app.services.articles.get(summary!.id)).toBe(false);

  // The defaults come back from the store after a reload.
  await app.reload();
  await page.getByRole('button', { name: 'Budget row deepens' }).click();
  await expect(page.getByTestId('word-count')).toHaveText('10 / 20 words (Politics default) · 10 under');
  expect(app.consoleErrors).toEqual([]);
});
