// KNOWN BUG, not fixed yet (seen once in CI, 2026-11-24): a key that moves the
// caret (End, an arrow) can be undone if the editor re-renders before
// ProseMirror has read the new DOM selection (its selectionchange event is still
// queued): react-prosemirror's commitPendingEffects forces a redraw on every
// render of <ProseMirror>, which writes the state's older selection back into
// the DOM; prosemirror-view's post-focus check (20 ms after focus) can do the
// same. The next key then lands on the old selection and can replace text —
// here the linked words. A save finishing (the editor re-renders its save
// state) is the usual trigger. This spec reproduces it about once in six runs
// by keeping the main thread busy while End arrives; it is marked fixme so the
// suite stays green until the fix lands. Two attempts were backed out:
// restoring the unread DOM selection after the forced redraw broke four other
// specs; keeping the save state out of ArticleEditor's React state (so a save
// finishing no longer re-renders <ProseMirror>) made this spec fail 13 times in
// 16 instead of about 1 in 6, with no DOM selection write between End and the
// next key — so a stale view.state at the next beforeinput is part of the cause
// too, and the save-state re-render was masking it by re-syncing view.state.
// With pristine react-prosemirror 3.2.7 (no patches/) it fails 11 runs in 12:
// the race is the library's; the stable-context patch makes it rarer.
import { test, expect } from './fixtures';
import { doc, p } from '../support/docs';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const ROUNDS = 4;

const FOCUS_RACE_FIXME =
  'known bug, not fixed: a re-render before ProseMirror reads a caret move puts the old selection back (see this file’s header)';

test('End right after the link editor closes, on a busy machine, moves the caret; typing does not replace the linked words', async ({ app }) => {
  test.fixme(true, FOCUS_RACE_FIXME);
  const { page } = app;
  const texts = Array.from({ length: ROUNDS }, (_, i) => `Update ${i + 1} is on the river forecast`);
  const article = app.services.articles.create({ headline: 'Links', body: doc(...texts.map((t) => p(t))) });
  await app.reload();
  await page.getByRole('button', { name: /Links/ }).click();
  for (let i = 0; i < ROUNDS; i++) {
    await page.getByText(`Update ${i + 1} is`).click();
    await page.keyboard.press('End');
    for (let k = 0; k < 'river forecast'.length; k++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press(`${mod}+k`);
    const address = page.getByRole('textbox', { name: 'Link address' });
    await address.fill(`https://example.com/forecast/${i + 1}`);
    await address.press('Enter');
    // The body has focus again. Keep the main thread busy while End arrives.
    await page.evaluate(() => {
      setTimeout(() => {
        const start = performance.now();
        while (performance.now() - start < 150);
      }, 0);
    });
    await page.keyboard.press('End');
    await page.keyboard.type(' page.');
  }
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(app.services.articles.get(article.id).body).toEqual(
    doc(
      ...texts.map((_, i) => ({
        type: 'paragraph',
        content: [
          { type: 'text', text: `Update ${i + 1} is on the ` },
          { type: 'text', text: 'river forecast', marks: [{ type: 'link', attrs: { href: `https://example.com/forecast/${i + 1}` } }] },
          { type: 'text', text: ' page.' },
        ],
      })) as never[],
    ),
  );
});
