// Words a failing save could not store are kept outside the database (in the
// browser profile) until a save does, and offered when their article opens
// again — after a renderer crash, or in a later session after the app died.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { doc, p } from '../support/docs';

const keptCopies = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('copydesk:rescue:'))
      .map((k) => localStorage.getItem(k))
      .join('\n'),
  );

test('words a failing save could not store survive a crash: offered when the article reopens, and stored once the writer chooses', async ({ app, shot }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Night shift report', body: doc(p('Saved words.')) });
  await app.reload();
  await page.getByRole('button', { name: /Night shift report/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Night shift report');

  // The desk changes the article meanwhile, so this window's saves are refused until the writer chooses.
  app.services.articles.save(article.id, article.revision, { standfirst: 'Changed at the desk.' });
  await page.getByText('Saved words.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed on the night shift.');
  await expect(page.getByTestId('save-state')).toContainText('conflict');
  await page.keyboard.type(' And more.');
  // Typed while saving keeps failing: a fresh copy is kept after the pause.
  await expect.poll(() => keptCopies(page)).toContain('Typed on the night shift. And more.');

  // The renderer dies; main reloads the window (electron/main/shell/renderer-recovery.ts).
  await page.evaluate(() => {
    location.hash = 'recovered=crashed';
    location.reload();
  });
  await expect(page.getByRole('alert').filter({ hasText: 'window stopped unexpectedly' })).toBeVisible();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toHaveText('Saved words.');
  const offer = page.getByRole('alert').filter({ hasText: 'Unsaved edits were kept' });
  await expect(offer).toContainText('(9 words in the body)');
  await expect(offer).toContainText('since been saved from somewhere else');
  await shot('rescue-offer');
  const audit = await new AxeBuilder({ page }).include('.rescue-bar').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(offer).toBeHidden();
  await expect(body).toHaveText('Saved words. Typed on the night shift. And more.');
  await expect(body).toBeFocused();
  // Restored onto the revision the words were typed on: the desk's newer version is not overwritten silently.
  const conflict = page.getByRole('alert').filter({ hasText: 'This article was changed somewhere else' });
  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(app.services.articles.get(article.id).body).toEqual(doc(p('Saved words. Typed on the night shift. And more.')));
  expect(await keptCopies(page)).toBe('');
  expect(app.consoleErrors).toEqual([]);
});

test('a copy left by an earlier session can be discarded, or restored and saved straight away', async ({ app, shot }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Council vote', body: doc(p('Stored text.')) });
  const plant = () =>
    page.evaluate(
      (copy) => localStorage.setItem(`copydesk:rescue:${copy.articleId}`, JSON.stringify(copy)),
      {
        articleId: article.id,
        baseRevision: article.revision,
        keptAt: '2026-11-25T02:10:00.000Z',
        fields: { headline: 'Council vote delayed', standfirst: '', byline: '', dateline: '' },
        body: doc(p('Stored text. Words the app died with.')),
      },
    );
  const offer = page.getByRole('alert').filter({ hasText: 'Unsaved edits were kept' });

  await plant();
  await app.reload();
  await page.getByRole('button', { name: /Council vote/ }).click();
  await expect(offer).toBeVisible();
  await expect(offer).not.toContainText('somewhere else');
  await offer.getByRole('button', { name: 'Discard them' }).click();
  await expect(offer).toBeHidden();
  expect(await keptCopies(page)).toBe('');
  expect(app.services.articles.get(article.id).revision).toBe(article.revision);

  await plant();
  await app.reload();
  // The list says where kept edits are, before any article is opened.
  await expect(page.getByRole('button', { name: /Council vote/ })).toContainText('unsaved edits kept');
  await shot('rescue-list-marker');
  await page.getByRole('button', { name: /Council vote/ }).click();
  await offer.getByRole('button', { name: 'Restore my changes' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Council vote delayed');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const stored = app.services.articles.get(article.id);
  expect(stored.headline).toBe('Council vote delayed');
  expect(stored.body).toEqual(doc(p('Stored text. Words the app died with.')));
  expect(await keptCopies(page)).toBe('');
  await expect(page.getByRole('button', { name: /Council vote/ })).not.toContainText('unsaved edits kept');

  // A copy for an article deleted elsewhere (the CLI) is dropped when the list is read.
  await page.evaluate(() => localStorage.setItem('copydesk:rescue:00000000-0000-4000-8000-00000000dead', '{}'));
  await app.reload();
  await expect(page.getByRole('button', { name: /Council vote/ })).toBeVisible();
  await expect.poll(() => keptCopies(page)).toBe('');
});
