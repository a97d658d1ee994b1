// Issue 3, "Done when": the article editor end to end in Chromium, on the real
// dispatch and a real SQLite file.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { launchApp } from './launch';
import { createHash } from 'node:crypto';
import { cliShow, dropFile, fixture, paste, photoFile, PHOTO_FILE, sampleArticle } from './editor-helpers';
import { doc, em, h, li, link, p, photo, quote, strong, ul } from '../support/docs';
import { SEED_PATH } from '../support/seed';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const SEED = SEED_PATH;
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('a journalist writes, formats, quotes, adds a photo and pastes from Word, Google Docs and the web; the store has exactly that', async ({ app, shot }) => {
  // Real typing through the keyboard is slow on a busy two-core machine.
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await shot('editor-empty');

  // Fields, with the headline's soft limit warning but never blocking.
  await headline.fill('Millbrook braces for a second night of flooding as river peaks');
  await expect(page.getByText('62/70')).toBeVisible();
  await headline.fill('Millbrook braces for a second night of flooding as the swollen river peaks again');
  await expect(page.getByText(/80\/70 · 10 over the guide/)).toBeVisible();
  await headline.fill('Millbrook braces for a second night of flooding');
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Volunteers filled sandbags until dawn as the Mill river rose to 4.2 metres.');
  await page.getByRole('textbox', { name: 'Byline' }).fill('Tom Reyes');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('MILLBROOK');
  await headline.click();
  await headline.press('End');
  await headline.press('Enter');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toBeFocused();

  // Three paragraphs with bold, italic and typographic input rules.
  await page.keyboard.type('Residents were told to move valuables upstairs on ');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('Tuesday night');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type(".");
  await page.keyboard.press('Enter');
  await page.keyboard.type('The council said it was "ready for the worst" -- and it wasn\'t ');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type('exaggerating');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Updates are on the river forecast');
  // Select "river forecast" and link it; a javascript: address is refused with a message.
  for (let i = 0; i < 'river forecast'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(`${mod}+k`);
  const linkBox = page.getByRole('dialog', { name: 'Link' });
  const address = linkBox.getByRole('textbox', { name: 'Link address' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(linkBox.getByRole('alert')).toHaveText('Links must start with http://, https:// or mailto:');
  await address.fill('https://check-for-flooding.example.gov.uk/millbrook');
  await shot('editor-link-editor-open');
  await address.press('Enter');
  await expect(linkBox).toBeHidden();
  await expect(body).toBeFocused();
  // No waiting for the save that leaving the body started: End must move the
  // caret even if that save lands first (tests/e2e/focus-race.spec.ts).
  await page.keyboard.press('End');
  await page.keyboard.type(' page.');
  await page.keyboard.press('Enter');

  // A two-paragraph quote with an attribution, started with "> ".
  await page.keyboard.type('> "We have never seen it rise this fast."');
  await page.keyboard.press('Enter');
  await page.keyboard.type("Everyone's sandbags are out.");
  await page.keyboard.press(`${mod}+Alt+a`);
  const attribution = page.getByRole('group', { name: 'Attribution' });
  await expect(attribution).toBeVisible();
  await page.keyboard.type('Amira Hassan, council leader');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Crews worked until dawn.');

  // A photo from disk: the native dialog's answer is the fixture JPEG; its IPTC/XMP prefill the fields.
  await app.answerImageDialog!(PHOTO_FILE);
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const photo = page.getByTestId('photo');
  await expect(photo.getByRole('img')).toBeVisible();
  // Its pixel size comes with it, so the photo's space is held before it decodes (no jump in the text).
  await expect(photo.locator('img')).toHaveAttribute('width', '960');
  await expect(photo.locator('img')).toHaveAttribute('height', '600');
  await expect(photo.getByRole('textbox', { name: 'Photographer' })).toHaveValue('Maria Lindqvist');
  await expect(photo.getByRole('textbox', { name: 'Agency' })).toHaveValue('Northlight Pictures');
  await expect(photo.getByTestId('photo-credit')).toHaveText('Photo by Maria Lindqvist/Northlight Pictures');
  // The journalist fixes the credit and caption.
  await photo.getByRole('textbox', { name: 'Agency' }).fill('Northlight');
  // Typed key by key: the photo's fields are the journalist's, ProseMirror must not take the keys.
  await photo.getByRole('textbox', { name: 'Caption' }).click();
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type('Volunteers on the riverside path at Millbrookk');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('.');
  await expect(photo.getByRole('textbox', { name: 'Caption' })).toHaveValue('Volunteers on the riverside path at Millbrook.');
  await expect(photo.getByTestId('photo-credit')).toHaveText('Photo by Maria Lindqvist/Northlight');
  await photo.getByRole('textbox', { name: 'Alt text' }).fill('');
  await expect(photo.getByTestId('photo-warnings')).toContainText('Alt text missing');
  await photo.getByRole('textbox', { name: 'Alt text' }).fill('Three people shovel sand into bags beside a swollen river.');
  await expect(photo.getByTestId('photo-warnings')).toHaveCount(0);
  await photo.locator('.photo-frame').click();
  await expect(photo).toHaveClass(/is-selected/);
  await shot('editor-photo-selected');

  // Paste from each source at the end of the body.
  await body.click();
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.press('Enter');
  for (const source of ['word', 'google-docs', 'web']) {
    await paste(page, { html: fixture(`paste/${source}.html`), text: 'plain fallback' });
    await page.keyboard.press(`${mod}+End`);
    await page.keyboard.press('Enter');
    // Word and Google Docs end with a list: a second Enter leaves it, as in any editor.
    if (source !== 'web') await page.keyboard.press('Enter');
  }
  // The web page's photo is not pasted, and the writer is told so.
  const leftOut = page.getByRole('alert').filter({ hasText: 'A picture in the pasted text was left out' });
  await expect(leftOut).toBeVisible();
  await shot('editor-paste-picture-left-out');
  await leftOut.getByRole('button', { name: 'Dismiss' }).click();
  await page.keyboard.press(`${mod}+End`);
  await paste(page, { text: fixture('paste/plain.txt') });

  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('word-count')).toHaveText(/^\d+ words$/);

  const expected = {
    headline: 'Millbrook braces for a second night of flooding',
    standfirst: 'Volunteers filled sandbags until dawn as the Mill river rose to 4.2 metres.',
    byline: 'Tom Reyes',
    dateline: 'MILLBROOK',
    body: doc(
      p('Residents were told to move valuables upstairs on ', strong('Tuesday night'), '.'),
      p('The council said it was “ready for the worst” — and it wasn’t ', em('exaggerating'), '.'),
      p('Updates are on the ', link('https://check-for-flooding.example.gov.uk/millbrook', 'river forecast'), ' page.'),
      quote([p('“We have never seen it rise this fast.”'), p('Everyone’s sandbags are out.')], 'Amira Hassan, council leader'),
      p('Crews worked until dawn.'),
      {
        type: 'photo',
        attrs: {
          asset: sha256(fs.readFileSync(PHOTO_FILE)),
          alt: 'Three people shovel sand into bags beside a swollen river.',
          caption: 'Volunteers on the riverside path at Millbrook.',
          photographer: 'Maria Lindqvist',
          agency: 'Northlight',
        },
      },
      // Word
      p(strong('Flood wardens'), ' will patrol the riverside path through the night, the council said on Tuesday.'),
      p(em('“We are ready for the worst,”'), ' said the council leader, Amira Hassan, pointing readers to the ', link('https://www.millbrook.gov.uk/floods', 'council website'), '.'),
      ul(li(p('Sandbags at the Mill Lane depot')), li(p('Rest centre at St Anne’s school'))),
      // Google Docs
      p('The Mill river ', strong('peaked at 4.2 metres'), ' shortly after midnight.'),
      p(em('“It came up faster than anyone expected,”'), ' said a spokesperson, who urged residents to check the ', link('https://check-for-flooding.service.gov.uk/river-and-sea-levels', 'river levels'), ' page.'),
      h(2, 'What happens next'),
      ul(li(p('Pumps stay on until Friday')), li(p('Schools reopen on Monday'))),
      // Web page
      h(2, 'Millbrook braces for second night of flooding'),
      p('By Tom Reyes'),
      p('Residents on Mill Lane were told to move valuables upstairs as the ', link('https://news.example.com/millbrook/river-forecast', 'river forecast'), ' worsened.'),
      p(strong('Emergency numbers'), ' are listed on the help page, and updates are posted ', em('every hour'), '.'),
      // Plain text
      p('Officials said the barrier held.'),
      p('A second pump arrived at 3am, and crews worked until dawn.'),
      p('No one was hurt.'),
    ),
  };

  // Reload: the page comes back from SQLite showing exactly that article.
  await app.reload();
  await page.getByRole('button', { name: /Millbrook braces for a second night of flooding/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(expected.headline);
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(expected.standfirst);
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue(expected.byline);
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue(expected.dateline);
  await expect(page.getByRole('group', { name: 'Attribution' })).toHaveText('Amira Hassan, council leader');
  await expect(page.getByTestId('photo-credit')).toHaveText('Photo by Maria Lindqvist/Northlight');
  await expect(page.getByTestId('photo').getByRole('img')).toHaveAttribute('alt', 'Three people shovel sand into bags beside a swollen river.');

  const [summary] = app.services.articles.list();
  const stored = app.services.articles.get(summary!.id);
  expect(stored).toMatchObject({ headline: expected.headline, standfirst: expected.standfirst, byline: expected.byline, dateline: expected.dateline });
  expect(stored.body).toEqual(expected.body);
  // And `copydesk show --json` on the same database file says the same.
  const shown = cliShow(app.dbPath, summary!.id) as typeof stored;
  expect(shown).toEqual(stored);
  expect(app.consoleErrors).toEqual([]);
});

test('photos: a credit-only photo offers "Add image"; drag-and-drop and pasting an image add photos; one stored copy', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({
    headline: 'Summit talks stall',
    body: doc(p('Opening paragraph.'), photo({ photographer: 'Chip Somodevilla', agency: 'Getty Images' }), p('Closing paragraph.')),
  });
  await app.reload();
  await page.getByRole('button', { name: /Summit talks stall/ }).click();
  const placeholder = page.getByTestId('photo');
  await expect(placeholder.getByText('No image yet')).toBeVisible();
  await expect(placeholder.getByTestId('photo-credit')).toHaveText('Photo by Chip Somodevilla/Getty Images');
  await expect(placeholder.getByTestId('photo-warnings')).toHaveText(/Alt text missing/);

  // Add image: the credit already there stays; empty fields are prefilled from the file.
  await app.answerImageDialog!(PHOTO_FILE);
  await placeholder.getByRole('button', { name: 'Add image' }).click();
  await expect(placeholder.getByRole('img')).toBeVisible();
  await expect(placeholder.getByRole('textbox', { name: 'Photographer' })).toHaveValue('Chip Somodevilla');
  await expect(placeholder.getByRole('textbox', { name: 'Alt text' })).toHaveValue(/Three people in high-visibility jackets/);

  // Drag a file from the desktop onto the closing paragraph.
  await dropFile(page, '.body-editor > p:last-of-type', photoFile());
  await expect(page.getByTestId('photo')).toHaveCount(2);
  await expect(page.getByTestId('photo').locator('img')).toHaveCount(2);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // Paste an image (a screenshot on the clipboard, no text).
  await page.getByText('Opening paragraph.').click();
  await paste(page, { file: photoFile() });
  await expect(page.getByTestId('photo')).toHaveCount(3);
  // The pasted photo went in after the paragraph with the caret, before the credit-only one.
  await expect(page.getByTestId('photo-credit')).toHaveText([
    'Photo by Maria Lindqvist/Northlight Pictures',
    'Photo by Chip Somodevilla/Getty Images',
    'Photo by Maria Lindqvist/Northlight Pictures',
  ]);

  // A file that only pretends to be an image is refused with the reason, and nothing is inserted.
  await paste(page, { file: { base64: Buffer.from('not really a jpeg').toString('base64'), name: 'evil.jpg', type: 'image/jpeg' } });
  await expect(page.getByRole('alert')).toContainText('not a JPEG, PNG, GIF, WebP or AVIF image');
  await expect(page.getByTestId('photo')).toHaveCount(3);

  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const stored = app.services.articles.get(article.id);
  const photos = (stored.body.content as { type: string; attrs?: { asset: string } }[]).filter((n) => n.type === 'photo');
  expect(photos).toHaveLength(3);
  expect(new Set(photos.map((ph) => ph.attrs!.asset))).toEqual(new Set([sha256(fs.readFileSync(PHOTO_FILE))]));
  expect((app.services.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n).toBe(1);
});

test('a save conflict is shown with a choice and never silently overwrites', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Original headline', body: doc(p('Body.')) });
  await app.reload();
  await page.getByRole('button', { name: /Original headline/ }).click();
  // Someone else saves the article (another window, an import, the CLI).
  app.services.articles.save(article.id, article.revision, { headline: 'Changed elsewhere' });
  await page.getByRole('textbox', { name: 'Headline' }).fill('My headline');
  const bar = page.getByRole('alert').filter({ hasText: 'changed somewhere else' });
  await expect(bar).toBeVisible();
  await expect(page.getByTestId('save-state')).toContainText('conflict');
  expect(app.services.articles.get(article.id).headline).toBe('Changed elsewhere');

  await bar.getByRole('button', { name: 'Keep my version' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // Screen readers hear that the conflict is settled (routine saves stay silent).
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(1);
  expect(app.services.articles.get(article.id).headline).toBe('My headline');

  // And the other choice: take what is stored.
  const now = app.services.articles.get(article.id);
  app.services.articles.save(article.id, now.revision, { headline: 'Desk edit', body: doc(p('Desk body.')) });
  await page.getByRole('textbox', { name: 'Headline' }).fill('Mine again');
  await bar.getByRole('button', { name: 'Take the stored version' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Desk edit');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Desk body.');
  await expect(bar).toBeHidden();
  expect(app.services.articles.get(article.id).headline).toBe('Desk edit');
});

test('the sample article: screenshots, status bar, shortcuts panel, and no serious accessibility violations', async () => {
  const app = await launchApp({ bypassCSP: true });
  try {
    const { page } = app;
    const { sha256: asset } = app.services.assets.add(fs.readFileSync(PHOTO_FILE));
    const fields = sampleArticle(SEED, asset);
    app.services.articles.create(fields);
    await app.reload();
    await page.getByRole('button', { name: /Syria Peace Talks Stall/ }).click();
    // The sample's photo has no alt text yet, so it is presentational (and flagged).
    await expect(page.getByTestId('photo').locator('img')).toBeVisible();
    await expect(page.getByTestId('photo-warnings')).toHaveText(/Alt text missing/);
    await expect(page.getByRole('group', { name: 'Attribution' })).toHaveCount(2);
    const stored = app.services.articles.list()[0]!;
    await expect(page.getByTestId('word-count')).toHaveText(`${stored.wordCount.toLocaleString('en-GB')} words`);
    await expect(page.getByTestId('reading-time')).toHaveText(/\d+ min read/);
    await page.getByRole('textbox', { name: 'Headline' }).focus();
    await page.screenshot({ path: path.resolve('test-results/screenshots/editor-sample-article.png') });

    // The editor screen: library and editor. The preview pane beside it is audited by its own spec
    // (and its sandboxed, script-free iframe cannot host axe anyway).
    const audit = await new AxeBuilder({ page }).include('.library').include('.editor-shell').exclude('iframe').analyze();
    const serious = audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

    // Help → Keyboard Shortcuts arrives from the main process menu.
    await app.emit('showShortcuts');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Bold')).toBeVisible();
    await page.screenshot({ path: path.resolve('test-results/screenshots/editor-shortcuts.png') });
    const dialogAudit = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(dialogAudit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('typing shortcuts, toolbar blocks, hard break, undo and redo', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Rules' });
  await app.reload();
  await page.getByRole('button', { name: /Rules/ }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('## What we know');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Roads closed');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Trains delayed');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. First');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('---');
  await page.keyboard.type('Line one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('line two');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Make me a subhead');
  await page.getByRole('button', { name: 'Heading' }).click();
  await expect(page.getByRole('button', { name: 'Heading' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Listed');
  await page.getByRole('button', { name: 'Numbered list' }).click();
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type(' item');
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText('Listed item');
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Listed item');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(app.services.articles.get(article.id).body).toEqual(
    doc(
      h(2, 'What we know'),
      ul(li(p('Roads closed')), li(p('Trains delayed'))),
      { type: 'ordered_list', attrs: { order: 1 }, content: [li(p('First'))] },
      { type: 'horizontal_rule' },
      p('Line one', { type: 'hard_break' }, 'line two'),
      h(2, 'Make me a subhead'),
      ul(li(p('Listed item'))),
    ),
  );
});

test('composed input — a dead key, an input method — lands once, where the caret is', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Accents', body: doc(p('Before.'), p('After.')) });
  await app.reload();
  await page.getByRole('button', { name: /Accents/ }).click();
  await page.getByText('Before.').click();
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.type(' Caf');
  // A dead key: the accent shows while composing, the next key commits é.
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.type(' in ');
  // An input method: kana grow while composing, then the chosen kanji commit.
  for (const kana of ['に', 'にほ', 'にほん']) {
    await cdp.send('Input.imeSetComposition', { text: kana, selectionStart: kana.length, selectionEnd: kana.length });
  }
  await cdp.send('Input.imeSetComposition', { text: '日本', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '日本' });
  await page.keyboard.type('.');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Before. Café in 日本.After.');
  await expect.poll(() => app.services.articles.get(article.id).body).toEqual(doc(p('Before. Café in 日本.'), p('After.')));
});

test('a toolbar button acts on the selection on screen, even before the browser has reported the change', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Selection', body: doc(p('One.'), p('Two.'), p('Three.')) });
  await app.reload();
  await page.getByRole('button', { name: /Selection/ }).click();
  await page.getByText('Three.').click();
  // Select "One." and "Two." and click Quote in the same task, so the button's
  // handler runs before the browser's selectionchange event does (a fast
  // Shift+Down then click can land in that gap too).
  await page.evaluate(() => {
    const blocks = document.querySelectorAll('.body-editor > p');
    const range = document.createRange();
    range.setStart(blocks[0]!.firstChild!, 0);
    range.setEnd(blocks[1]!.firstChild!, 4);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.querySelector<HTMLButtonElement>('button[aria-label="Quote"]')!.click();
  });
  await expect.poll(() => app.services.articles.get(article.id).body).toEqual(doc(quote([p('One.'), p('Two.')]), p('Three.')));
});

test('the Quote button wraps two paragraphs and unwraps them, keeping the attribution as text', async ({ app }) => {
  const { page } = app;
  const article = app.services.articles.create({ headline: 'Quotes', body: doc(p('Before.'), p('We will rebuild.'), p('Every house.'), p('After.')) });
  await app.reload();
  await page.getByRole('button', { name: /Quotes/ }).click();
  await page.getByText('We will rebuild.').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Quote', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press(`${mod}+Alt+a`);
  await page.keyboard.type('The mayor');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(app.services.articles.get(article.id).body).toEqual(
    doc(p('Before.'), quote([p('We will rebuild.'), p('Every house.')], 'The mayor'), p('After.')),
  );
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(app.services.articles.get(article.id).body).toEqual(doc(p('Before.'), p('We will rebuild.'), p('Every house.'), p('The mayor'), p('After.')));
});

test('find and replace: Mod-F finds in the body, highlights and counts, Replace all is one undo step', async ({ app, shot }) => {
  const { page } = app;
  const article = app.services.articles.create({
    headline: 'Tax vote',
    body: doc(p('The council met on Monday.'), p('The Council voted 7-2.'), p('Residents face a council tax rise.')),
  });
  await app.reload();
  await page.getByRole('button', { name: /Tax vote/ }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.getByText('Residents face').click();

  await page.keyboard.press(`${mod}+f`);
  const bar = page.getByRole('search', { name: 'Find and replace in the body' });
  const find = bar.getByRole('searchbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await page.keyboard.type('council');
  const status = bar.getByTestId('find-status');
  await expect(status).toHaveText('3 matches');
  await expect(body.locator('.ProseMirror-search-match')).toHaveCount(3);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/^\d of 3$/);
  const first = await status.textContent();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(first!);
  await expect(body.locator('.ProseMirror-active-search-match')).toHaveCount(1);
  await shot('editor-find');
  const audit = await new AxeBuilder({ page }).include('.find-bar').analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await bar.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(status).toHaveText(/^(2 matches|\d of 2)$/);
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('board');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(status).toHaveText('No matches');
  await expect(body.locator('p')).toHaveText(['The board met on Monday.', 'The Council voted 7-2.', 'Residents face a board tax rise.']);

  // Escape: the bar goes, the highlights with it, and the writer is back in the text.
  await find.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(body).toBeFocused();
  await expect(body.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(body.locator('p')).toHaveText(['The council met on Monday.', 'The Council voted 7-2.', 'Residents face a council tax rise.']);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(app.services.articles.get(article.id).body).toEqual(
    doc(p('The board met on Monday.'), p('The Council voted 7-2.'), p('Residents face a board tax rise.')),
  );

  // Mod-H from a field opens the bar in Find (what is typed next is the search, issue 17); Tab goes on to Replace.
  await page.getByRole('textbox', { name: 'Headline' }).click();
  await page.keyboard.press(`${mod}+h`);
  await expect(bar.getByRole('searchbox', { name: 'Find', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(bar.getByRole('textbox', { name: 'Replace with' })).toBeFocused();
});
