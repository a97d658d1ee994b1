// The live preview beside the editor: typing changes it within 300 ms of a
// pause, the width buttons work, the toggle shortcut hides and shows it, and
// export (through the real dispatch and the CLI) writes what the preview shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';
import { previewHeadline } from './editor-helpers';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { METHODS } from '../../shared/ipc/channels';
import { doc, p, photo } from '../support/docs';
import { makePng } from '../fixtures/render/png';
import { PREVIEW_DEBOUNCE_MS } from '../../renderer/src/preview/devices';

const SCREENSHOTS = path.resolve('test-results/screenshots');
let app: LaunchedApp;

test.beforeEach(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  app = await launchApp({ viewport: { width: 1600, height: 1000 } });
});
test.afterEach(async () => {
  await app?.close();
});

const frame = () => app.page.locator('iframe[title="Published preview"]');
const srcdoc = async () => (await frame().getAttribute('srcdoc')) ?? '';
const articleOf = (html: string) => /<article class="article">[\s\S]*<\/article>/.exec(html)?.[0] ?? '';

async function newArticle(headline: string, paragraph: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'Start a new article' }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await field.fill(headline);
  await field.press('Enter');
  await page.keyboard.type(paragraph);
}

test('typing in the editor changes the preview after a short pause, debounced', async ({}, testInfo) => {
  const { page } = app;
  await newArticle('Council approves riverside housing plan', 'The city council voted 7-2 on Tuesday night.');
  await expect(frame()).toHaveAttribute('srcdoc', /<h1>Council approves riverside housing plan<\/h1>/);
  await expect(frame()).toHaveAttribute('srcdoc', /<p>The city council voted 7-2 on Tuesday night.<\/p>/);
  expect(await frame().getAttribute('sandbox')).toBe('');
  // ...and the frame really shows it, not only holds it.
  await expect.poll(() => previewHeadline(page)).toBe('Council approves riverside housing plan');

  // Time, inside the page, from the last keystroke to the frame's new document.
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __updated: number[] };
    w.__updated = [];
    window.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    const iframe = document.querySelector('iframe[title="Published preview"]')!;
    new MutationObserver(() => w.__updated.push(performance.now())).observe(iframe, { attributes: true, attributeFilter: ['srcdoc'] });
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Construction is expected to begin next spring.', { delay: 40 });
  await expect(frame()).toHaveAttribute('srcdoc', /<p>Construction is expected to begin next spring.<\/p>/);
  const timing = await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __updated: number[] };
    return { lastKey: w.__lastKey, updates: w.__updated };
  });
  const after = timing.updates.filter((t) => t >= timing.lastKey);
  expect(after.length).toBeGreaterThan(0);
  // The 300 ms goal is a speed goal: it is guaranteed by design (the debounce
  // is PREVIEW_DEBOUNCE_MS, checked below) and measured, not asserted, because a
  // wall-clock bound on a loaded 2-core CI machine would fail for reasons that
  // are not Copydesk's.
  expect(PREVIEW_DEBOUNCE_MS).toBeLessThanOrEqual(200);
  testInfo.annotations.push({ type: 'preview delay', description: `${Math.round(after[0]! - timing.lastKey)} ms from the last keystroke` });
  // Debounced, not per keystroke: far fewer renders than the 47 keys typed.
  expect(timing.updates.length).toBeLessThan(10);
  expect(app.consoleErrors).toEqual([]);
});

test('device-width buttons resize the page to 375, 768 and 1280 px; screenshots of each', async () => {
  const { page } = app;
  await newArticle('Syria peace talks stall at the G20', 'The U.S. and Russia have stalled in talks after hopes that an agreement could be reached.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"I think it is premature to say there is a clear path forward."');
  await expect(frame()).toHaveAttribute('srcdoc', /clear path forward/);
  for (const [label, width] of [['Mobile', 375], ['Tablet', 768], ['Desktop', 1280]] as const) {
    const button = page.getByRole('button', { name: new RegExp(`^${label} ${width}$`) });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(frame()).toHaveAttribute('data-device', label.toLowerCase());
    const cssWidth = await frame().evaluate((el: HTMLIFrameElement) => el.offsetWidth);
    expect(cssWidth).toBe(width);
    await page.screenshot({ path: path.join(SCREENSHOTS, `preview-${width}.png`) });
  }
});

test('the toggle shortcut hides and shows the preview', async () => {
  const { page } = app;
  await newArticle('Toggle test', 'Body.');
  await expect(frame()).toBeVisible();
  await page.keyboard.press('Control+Alt+Shift+KeyP');
  await expect(frame()).toHaveCount(0);
  await page.keyboard.press('Control+Alt+Shift+KeyP');
  await expect(frame()).toBeVisible();
  await app.emit('togglePreview'); // View → Toggle Preview from the menu
  await expect(frame()).toHaveCount(0);
});

test('export writes the file through dispatch and the CLI, with the same article the preview shows', async () => {
  const { page } = app;
  await newArticle('Export from the editor', 'Every word the journalist typed.');
  await expect(frame()).toHaveAttribute('srcdoc', /Every word the journalist typed/);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const [summary] = app.services.articles.list();
  const preview = await srcdoc();

  // Through the real dispatch, with the save dialog answered by the test.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-preview-export-'));
  const target = path.join(dir, 'chosen.html');
  const proposed: string[] = [];
  const dispatch = createDispatch(
    createHandlers(app.services, { chooseExportPath: async (name) => (proposed.push(name), target) }),
    { isTrustedUrl: () => true },
  );
  const result = await dispatch(METHODS.exportArticleHtml, { id: summary!.id }, { url: 'app://copydesk/index.html', isTopFrame: true });
  expect(result).toEqual({ ok: true, value: { saved: true, path: target, photosLeftOut: 0 } });
  expect(proposed).toEqual(['export-from-the-editor.html']);
  const exported = fs.readFileSync(target, 'utf8');
  expect(articleOf(exported)).not.toBe('');
  expect(articleOf(exported)).toBe(articleOf(preview));

  // And through the CLI on the same database file.
  const cliTarget = path.join(dir, 'cli.html');
  const run = spawnSync(process.execPath, ['bin/copydesk.js', 'export', summary!.id, '--out', cliTarget, '--db', app.dbPath], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(articleOf(fs.readFileSync(cliTarget, 'utf8'))).toBe(articleOf(preview));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('publication settings: saved in SQLite, shown in the preview, invalid input explained', async () => {
  const { page } = app;
  await newArticle('Settings reach the masthead', 'Body text.');
  await expect(frame()).toHaveAttribute('srcdoc', /<p class="masthead">Copydesk News<\/p>/);

  await page.getByRole('button', { name: 'Publication settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publication settings' });
  await dialog.getByLabel('Publication name').fill('Inquisitr');
  await dialog.getByLabel(/Site URL/).fill('ftp://files.example.com');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('site URL must be empty or an http');

  await dialog.getByLabel(/Site URL/).fill('https://www.inquisitr.com/');
  await dialog.getByLabel('Layout theme').selectOption('modern');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(frame()).toHaveAttribute('srcdoc', /<p class="masthead"><a href="https:\/\/www.inquisitr.com\/">Inquisitr<\/a><\/p>/);
  await expect(frame()).toHaveAttribute('srcdoc', /<body class="theme-modern">/);
  expect(app.services.settings.get()).toMatchObject({ publicationName: 'Inquisitr', siteUrl: 'https://www.inquisitr.com', theme: 'modern' });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-settings-saved.png') });
});

test('a published article’s page shows when it was published, in the publication’s zone, "Updated" after a later change, and an AP dateline', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Publication settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publication settings' });
  await dialog.getByLabel(/Time zone/).fill('Mars/Olympus');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('"Mars/Olympus" is not a time zone');
  await dialog.getByLabel(/Time zone/).fill('Asia/Tokyo');
  await dialog.getByLabel(/Run the dateline into the first paragraph/).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  expect(app.services.settings.get()).toMatchObject({ timeZone: 'Asia/Tokyo', apDateline: true });

  // Published the morning of December 1 in Tokyo; saved again since (the store's clock: now).
  const story = app.services.articles.create({
    headline: 'Flood defences hold in Millbrook',
    dateline: 'MILLBROOK, England',
    status: 'published',
    publishedAt: '2026-12-01T00:30:00.000Z',
    body: doc(p('The river peaked overnight without breaching the new walls.')),
  });
  const stored = app.services.articles.get(story.id);
  await app.reload();
  await page.getByRole('complementary', { name: 'Articles' }).getByRole('button', { name: /Flood defences hold in Millbrook/ }).click();
  await expect(frame()).toHaveAttribute('srcdoc', /<time class="published" datetime="2026-12-01T00:30:00.000Z">December 1, 2026 at 9:30[\s\u202f]AM GMT\+9<\/time>/);
  await expect(frame()).toHaveAttribute('srcdoc', new RegExp(`<span class="updated">Updated <time datetime="${stored.updatedAt.replace(/\./g, '\\.')}">`));
  await expect(frame()).toHaveAttribute('srcdoc', /<p><span class="dateline-run-in">MILLBROOK, England \(Copydesk News\) — <\/span>The river peaked overnight/);
  const page_ = frame().contentFrame();
  await expect(page_.locator('.meta')).toContainText('December 1, 2026 at 9:30');
  await expect(page_.locator('.meta')).toContainText('Updated');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-published-dates.png') });
});

test('the preview pane and the settings dialog have no serious or critical accessibility violation', async () => {
  // axe must be injected, which the app's CSP forbids: a separate launch with CSP bypassed, for the audit only.
  const audited = await launchApp({ viewport: { width: 1600, height: 1000 }, bypassCSP: true });
  try {
    const { page } = audited;
    await page.getByRole('button', { name: 'Start a new article' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Accessible preview');
    await expect(page.locator('iframe[title="Published preview"]')).toHaveAttribute('srcdoc', /Accessible preview/);
    const serious = async (include: string) => {
      const { violations } = await new AxeBuilder({ page }).include(include).exclude('iframe').analyze();
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`);
    };
    expect(await serious('.preview-pane')).toEqual([]);
    await page.getByRole('button', { name: 'Publication settings…' }).click();
    await expect(page.getByRole('dialog', { name: 'Publication settings' })).toBeVisible();
    await expect(page.getByLabel('Publication name')).toHaveValue('Copydesk News');
    expect(await serious('.settings-dialog')).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-settings-dialog.png') });
  } finally {
    await audited.close();
  }
});

test('a photo shows in the preview with its credit, and the preview frame makes no network request', async () => {
  const { page } = app;
  const frameRequests: string[] = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) frameRequests.push(request.url());
  });
  const { sha256 } = app.services.assets.add(makePng());
  app.services.articles.create({
    headline: 'Talks stall at the G20',
    body: doc(photo({ asset: sha256, alt: 'Leaders at the summit', caption: 'Leaders arrive in Hangzhou.', photographer: 'Chip Somodevilla', agency: 'Getty Images' }), p('The talks stalled.')) as never,
  });
  await app.reload();
  await page.getByRole('button', { name: /Talks stall at the G20/ }).click();
  await expect(frame()).toHaveAttribute('srcdoc', /<figure class="photo photo--lead"><img src="data:image\/png;base64,[^"]+" alt="Leaders at the summit" width="960" height="540"/);
  await expect(frame()).toHaveAttribute('srcdoc', /Photo by Chip Somodevilla\/Getty Images/);
  const img = page.frameLocator('iframe[title="Published preview"]').locator('figure.photo--lead img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(960);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-photo-375.png') });
  expect(frameRequests).toEqual([]);
});
