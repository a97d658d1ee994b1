// Typing brings the caret into view, as it does in any editor: a writer who
// scrolled away (to read the top of the story) and types at the caret sees
// the words appear. react-prosemirror inserts typed text itself and
// dispatched it without asking ProseMirror to scroll the selection into view
// (prosemirror-view's own input handling does); the patch asks.
import { test, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';
import { caretAtEndOfBlockUnscrolled } from './editor-helpers';

const HEADLINE = 'Caret in view';

let app: LaunchedApp;
test.beforeEach(async () => {
  app = await launchApp({ viewport: { width: 1280, height: 800 } });
  const paragraph = (i: number) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1} of the council's report on the bridge.` }] });
  app.services.articles.create({ headline: HEADLINE, body: { type: 'doc', content: Array.from({ length: 200 }, (_, i) => paragraph(i)) } as never });
  await app.reload();
  await app.page.getByRole('button', { name: HEADLINE }).click();
});
test.afterEach(async () => {
  await app?.close();
});

test('typing at a caret scrolled out of sight brings it back into view', async () => {
  const { page } = app;
  // The caret at the end of paragraph 150 while the story shows its top.
  await caretAtEndOfBlockUnscrolled(page, 149);
  const caretInView = () =>
    page.evaluate(() => {
      const rect = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
  expect(await caretInView()).toBe(false);
  await page.keyboard.type(' Agreed.');
  await expect(page.locator('.body-editor > p').nth(149)).toHaveText(/bridge\. Agreed\.$/);
  await expect.poll(caretInView).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/caret-in-view.png' });
});
