// README's "Your first story", step by step in the real renderer on the real
// dispatch and a real SQLite file: a new article, its headline, standfirst,
// byline and dateline, a body with a subhead and a quote with its attribution,
// a photo with caption and credit, the preview, and the exported page.
// The screenshots it takes are the README's (`npm run docs:screenshots`
// copies them to docs/images/), so each step is checked as it is shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, SCREENSHOT_DIR } from './fixtures';
import { launchApp, type LaunchedApp } from './launch';
import { PHOTO_FILE } from './editor-helpers';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
/** A laptop's window: what a new user sees first. */
const VIEWPORT = { width: 1440, height: 900 };

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `first-story-${name}.png`) });
}

async function seriousViolations(page: Page) {
  // The preview frame is sandboxed without scripts, so axe cannot enter it; the exported page is audited in exported-page.spec.ts.
  const { violations } = await new AxeBuilder({ page }).include('.library').include('main').include('.preview-bar').exclude('iframe').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html} ${n.failureSummary ?? ""}`).join("; ")}`);
}

test('Your first story: write, add a photo, preview and export, as README walks through it', async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the walkthrough answers the export dialog, which only the Chromium host can');
  test.setTimeout(180_000);
  // bypassCSP only so axe-core can be injected for the audits below; the page is the production build.
  const app: LaunchedApp = await launchApp({ viewport: VIEWPORT, bypassCSP: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-first-story-'));
  try {
    const { page } = app;

    // 1. A new article: the headline box has the caret.
    await page.getByRole('button', { name: 'Start a new article' }).click();
    const headline = page.getByRole('textbox', { name: 'Headline' });
    await expect(headline).toBeFocused();
    await headline.fill('Millbrook council backs £4m flood wall');
    await page.getByRole('textbox', { name: 'Standfirst' }).fill('Councillors voted 7-2 for a wall along the Mill river, two winters after the water reached the high street.');
    await page.getByRole('textbox', { name: 'Byline' }).fill('Priya Natarajan');
    await page.getByRole('textbox', { name: 'Dateline' }).fill('MILLBROOK');
    // A British story: its spelling is checked as British ("councillors" is no misspelling).
    await page.getByRole('combobox', { name: 'Spelling dialect of this article' }).selectOption('en-GB');
    const preview = page.locator('iframe[title="Published preview"]');
    await expect(preview.contentFrame().locator('h1')).toHaveText('Millbrook council backs £4m flood wall');
    await expect(preview.contentFrame().locator('.meta')).toContainText('MILLBROOK');
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await shot(page, '1-headline');

    // 2. The body: Enter at the end of the headline goes there. A subhead with "## ", a quote with "> ".
    await headline.press('End');
    await headline.press('Enter');
    const body = page.getByRole('textbox', { name: 'Article body' });
    await expect(body).toBeFocused();
    await page.keyboard.type("Millbrook's councillors voted 7-2 on Tuesday night to build a £4 million flood wall along the Mill river.");
    await page.keyboard.press('Enter');
    await page.keyboard.type('## What the wall will do');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The wall will run 1.2 kilometres from the railway bridge to the old tannery. Work starts in April.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> "Tonight, for the first time, somebody listened."');
    await page.keyboard.press(`${mod}+Alt+a`);
    const attribution = page.getByRole('group', { name: 'Attribution' });
    await expect(attribution).toBeVisible();
    await page.keyboard.type('Helen Okafor, Bridge Street baker');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The plan will be reviewed when the new flood maps come out in the spring.');
    await expect(body.getByRole('heading', { level: 2, name: 'What the wall will do' })).toBeVisible();
    await expect(attribution).toHaveText('Helen Okafor, Bridge Street baker');
    await expect(preview.contentFrame().locator('figcaption')).toHaveText(/Helen Okafor, Bridge Street baker/);
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await shot(page, '2-body');

    // 3. A photo at the caret: Ctrl+Home, then Photo, and it is the lead photo.
    await page.keyboard.press(`${mod}+Home`);
    await app.answerImageDialog!(PHOTO_FILE);
    await page.getByRole('button', { name: 'Insert photo' }).click();
    const photo = page.getByTestId('photo');
    await expect(photo.getByRole('img')).toBeVisible();
    await photo.getByRole('textbox', { name: 'Caption' }).fill('Sandbags on Bridge Street in January, when the river reached the shops.');
    await photo.getByRole('textbox', { name: 'Photographer' }).fill('Tom Reyes');
    await photo.getByRole('textbox', { name: 'Agency' }).fill('Millbrook Echo');
    await photo.getByRole('textbox', { name: 'Alt text' }).fill('Sandbags stacked against shop doors on a flooded street.');
    await expect(photo.getByTestId('photo-credit')).toHaveText('Photo by Tom Reyes/Millbrook Echo');
    await expect(preview.contentFrame().locator('figure img')).toBeVisible();
    await expect(preview.contentFrame().getByText('Photo by Tom Reyes/Millbrook Echo')).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await shot(page, '3-photo');

    // 4. The preview beside the editor is the published page, at phone, tablet or desktop width.
    await page.getByRole('group', { name: 'Preview width' }).getByRole('button', { name: /Tablet/ }).click();
    await expect(preview).toHaveAttribute('data-device', 'tablet');
    await expect(preview.contentFrame().locator('h1')).toHaveText('Millbrook council backs £4m flood wall');
    await expect(preview.contentFrame().locator('figure img')).toBeVisible();
    await shot(page, '4-preview');
    expect(await seriousViolations(page)).toEqual([]);

    // 5. Export HTML…: one self-contained page, the photo inside it.
    const target = path.join(dir, 'millbrook-council-backs-4m-flood-wall.html');
    app.answerExportDialog!(target);
    await page.getByRole('button', { name: 'Export HTML…' }).click();
    const notice = page.getByText(`Exported to ${target}.`);
    await expect(notice).toBeVisible();
    await notice.scrollIntoViewIfNeeded();
    await expect(notice).toBeInViewport();
    await shot(page, '5-exported');
    // The exported file, opened as a reader's browser opens it: nothing fetched, the photo embedded.
    const reader = await page.context().newPage();
    await reader.setViewportSize({ width: 1024, height: 900 });
    await reader.route(/^(?!file:)/, (route) => route.abort());
    await reader.goto(`file://${target}`);
    await expect(reader.locator('h1')).toHaveText('Millbrook council backs £4m flood wall');
    await expect(reader.locator('figure img')).toBeVisible();
    expect(await reader.locator('figure img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await shot(reader, '6-page');
    await reader.close();
    const html = fs.readFileSync(target, 'utf8');
    expect(html).toContain('<h1');
    expect(html).toContain('Millbrook council backs £4m flood wall');
    expect(html).toMatch(/<figure[^>]*><blockquote[^>]*>[\s\S]*somebody listened[\s\S]*<\/blockquote><figcaption[^>]*>Helen Okafor, Bridge Street baker<\/figcaption><\/figure>/);
    expect(html).toMatch(/<h2[^>]*>What the wall will do<\/h2>/);
    expect(html).toContain('Photo by Tom Reyes/Millbrook Echo');
    expect(html).toMatch(/<img[^>]+src="data:image\/jpeg;base64,/);

    // What the store has is what was written, in that order, the lead photo first.
    const stored = app.services.articles.list();
    expect(stored).toHaveLength(1);
    const article = app.services.articles.get(stored[0]!.id);
    expect(article).toMatchObject({ headline: 'Millbrook council backs £4m flood wall', byline: 'Priya Natarajan', dateline: 'MILLBROOK' });
    expect((article.body.content as { type: string }[]).map((b) => b.type)).toEqual(['photo', 'paragraph', 'heading', 'paragraph', 'blockquote', 'paragraph']);
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
