// Issue 18 part 3 in real Chromium: words are counted by Unicode's word
// boundaries (Intl.Segmenter) in the status bar and the selection as in the
// store, so Japanese typed in counts as words, not as one run of text.
import { test, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';

let app: LaunchedApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app?.close();
});

test('Japanese and Thai count as words in the status bar, the selection and the store alike', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('東京の新計画');
  await headline.press('Enter');
  await page.keyboard.insertText('東京都は火曜日、新しい計画を発表した。');
  await expect(page.getByTestId('word-count')).toHaveText('9 words');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('นายกรัฐมนตรีกล่าวว่ารัฐบาลจะลงทุนในโครงการใหม่');
  await expect(page.getByTestId('word-count')).toHaveText('19 words');
  await page.keyboard.press('Shift+Home');
  await expect(page.getByTestId('selection-count')).toHaveText('10 words selected');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const [summary] = app.services.articles.list();
  expect(summary!.wordCount).toBe(19);
  expect(app.consoleErrors).toEqual([]);
});
