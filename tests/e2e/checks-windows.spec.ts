// Which body flags are drawn as decorations in a long article: those near the
// screen and those near the caret, not every flag between the two. With the
// text scrolled to its top and the caret in paragraph 500, the flags of
// paragraph 250 stay data (the panel lists them) and are not drawn; scrolling
// there draws them. Real renderer build, real SQLite, the checker's worker.
import { test, expect, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';
import { caretAtEndOfBlockUnscrolled } from './editor-helpers';

const COUNT = 600;
const HEADLINE = 'Flags near the screen';

let app: LaunchedApp;
test.beforeEach(async () => {
  app = await launchApp({ viewport: { width: 1280, height: 900 } });
  const paragraph = (i: number) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1}: the council recieved the report.` }] });
  app.services.articles.create({ headline: HEADLINE, body: { type: 'doc', content: Array.from({ length: COUNT }, (_, i) => paragraph(i)) } as never });
  await app.reload();
  await app.page.getByRole('button', { name: HEADLINE }).click();
});
test.afterEach(async () => {
  await app?.close();
});

const drawnIn = (page: Page, index: number) => page.locator('.body-editor > p').nth(index).locator('.check-spelling', { hasText: 'recieved' });

test('flags are drawn near the screen and near the caret, not in the paragraphs between them', async () => {
  const { page } = app;
  await expect(drawnIn(page, 0)).toHaveCount(1);
  // The caret at the end of paragraph 500 without scrolling to it (the screen stays at the top), then a word typed.
  await caretAtEndOfBlockUnscrolled(page, 499);
  await page.keyboard.type(' Agreed');
  await expect(page.locator('.body-editor > p').nth(499)).toHaveText(/report\. Agreed$/);
  // Typing may scroll the caret into view: back to the top.
  await page.locator('.editor-scroll').evaluate((el) => (el.scrollTop = 0));
  // The caret moves on (a selection change, which scrolls nothing): the typed word is finished and the flags near the
  // screen and near the caret are drawn.
  await page.evaluate(() => {
    const selection = getSelection()!;
    selection.collapse(selection.focusNode, selection.focusOffset - 1);
  });
  await expect(drawnIn(page, 499)).toHaveCount(1);
  await expect(drawnIn(page, 0)).toHaveCount(1);
  // Every flag is still known (the panel counts them), but the paragraphs between the two windows draw none.
  await page.keyboard.press('Control+Alt+k');
  await expect(page.getByRole('complementary', { name: 'Checks' }).getByRole('region', { name: `Spelling: ${COUNT}` })).toBeVisible();
  await expect(drawnIn(page, 250)).toHaveCount(0);
  const drawn = await page.locator('.body-editor .check-flag').count();
  expect(drawn).toBeLessThan(COUNT / 4);

  // Scrolled to paragraph 250: its flag is drawn once the scroll pauses.
  await page.locator('.body-editor > p').nth(250).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(drawnIn(page, 250)).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});
