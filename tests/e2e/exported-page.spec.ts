// The exported file in real Chromium: opened from disk with every network
// request blocked it still shows the photo and the published layout, nothing
// in it executes, and axe-core finds no serious or critical violation at
// phone, tablet and desktop widths. Screenshots go to test-results/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Browser, type BrowserContext } from '@playwright/test';
import { launchChromium } from './chromium';
import { exportFixturePages, type ExportedFixtures } from '../fixtures/render/exported-pages';

const SCREENSHOTS = path.resolve('test-results/screenshots');
const EXPORTS = path.resolve('test-results/exports');
const WIDTHS = [375, 768, 1280] as const;

let browser: Browser;
let pages: ExportedFixtures;

test.beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  pages = exportFixturePages(EXPORTS);
  browser = await launchChromium();
});
test.afterAll(async () => {
  await browser?.close();
});

/** A context where the page's own file loads and every other request is aborted and recorded. */
async function offlineContext(width: number, options: { bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const attempted: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') && route.request().isNavigationRequest()) return route.continue();
    attempted.push(url);
    return route.abort('internetdisconnected');
  });
  return { context, attempted };
}

async function open(context: BrowserContext, file: string) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  return { page, dialogs, errors };
}

for (const width of WIDTHS) {
  test(`the exported sample article at ${width}px, offline: photo, layout, screenshot`, async () => {
    const { context, attempted } = await offlineContext(width);
    const { page, dialogs, errors } = await open(context, pages.seed);

    const photo = page.locator('figure.photo--lead img');
    await expect(photo).toBeVisible();
    const loaded = await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(loaded, 'the embedded photo decodes with the network off').toBe(true);
    await expect(page.locator('figure.photo--lead figcaption')).toContainText('Photo by Chip Somodevilla/Getty Images');

    // The stylesheet applied: masthead rule, serif headline, measure-limited text column, quote rule.
    await expect(page.locator('.masthead')).toHaveText('Inquisitr');
    const layout = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const body = document.querySelector('.article-body')!.getBoundingClientRect();
      return {
        headerBorder: css('.site-header').borderBottomStyle,
        h1Font: css('h1').fontFamily,
        h1Size: parseFloat(css('h1').fontSize),
        bodySize: parseFloat(css('.article-body p').fontSize),
        quoteBorder: parseFloat(css('figure.quote').borderLeftWidth),
        bodyWidth: body.width,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(layout.headerBorder).toBe('double');
    expect(layout.h1Font).toMatch(/Georgia|serif/);
    expect(layout.h1Size).toBeGreaterThan(layout.bodySize * 1.5);
    expect(layout.bodySize).toBeGreaterThanOrEqual(16);
    expect(layout.quoteBorder).toBe(4);
    expect(layout.bodyWidth).toBeLessThanOrEqual(41 * 18); // about 65–75 characters a line at most
    expect(layout.scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(width);

    await page.screenshot({ path: path.join(SCREENSHOTS, `export-seed-${width}.png`), fullPage: width !== 375 });
    if (width === 375) await page.screenshot({ path: path.join(SCREENSHOTS, `export-seed-${width}-full.png`), fullPage: true });

    expect(attempted, 'the page needs no network at all').toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`axe-core: no serious or critical violation on the exported page at ${width}px`, async () => {
    // axe has to be injected, which the page's CSP rightly forbids: bypass CSP for the audit only.
    const { context } = await offlineContext(width, { bypassCSP: true });
    for (const file of [pages.seed, pages.adversarial]) {
      const { page } = await open(context, file);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious, path.basename(file)).toEqual([]);
      await page.close();
    }
    await context.close();
  });
}

test('the offline harness really blocks: a page that fetches something is caught', async () => {
  const probe = path.join(EXPORTS, 'probe.html');
  fs.writeFileSync(probe, '<!DOCTYPE html><html lang="en"><title>p</title><img alt="" src="https://example.com/x.png"><link rel="stylesheet" href="http://127.0.0.1:9/s.css">');
  const { context, attempted } = await offlineContext(800);
  const { page } = await open(context, probe);
  await expect.poll(() => attempted.length).toBe(2);
  expect(await page.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
  await context.close();
});

test('hostile content stays inert in the browser: no dialog, no script, no injected element', async () => {
  const { context, attempted } = await offlineContext(1280);
  const { page, dialogs, errors } = await open(context, pages.adversarial);
  const counts = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script').length,
    dataBlocks: document.querySelectorAll('script[type="application/ld+json"]').length,
    injected: document.querySelectorAll('svg, iframe, b, i, [onerror], [onload], [onmouseover]').length,
    headline: document.querySelector('h1')!.textContent,
  }));
  expect(counts).toMatchObject({ scripts: 1, dataBlocks: 1, injected: 0 });
  expect(counts.headline).toContain('</script><script>alert(1)</script><!--');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-adversarial-1280.png'), fullPage: true });
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(attempted).toEqual([]);
  await context.close();
});

test('print stylesheet: furniture hidden, black on white', async () => {
  const { context } = await offlineContext(1280);
  const { page } = await open(context, pages.seed);
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => ({
    share: getComputedStyle(document.querySelector('.share')!).display,
    more: getComputedStyle(document.querySelector('.more')!).display,
    ink: getComputedStyle(document.querySelector('.article-body p')!).color,
    paper: getComputedStyle(document.body).backgroundColor,
  }));
  // The classic theme's cream paper must not reach the printer.
  expect(print).toEqual({ share: 'none', more: 'none', ink: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-seed-print.png') });
  await context.close();
});
