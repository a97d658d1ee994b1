// The everyday article (61 blocks: quotes, subheads, photos) with the preview
// open, as a journalist works on it: the page is rendered in a Web Worker from
// the blocks that changed (renderer/src/preview/render/), and what the frame
// shows after typing is what export writes for the saved article. How long
// anything takes is measured by npm run bench:typing, not asserted here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';
import { everydayBody, EVERYDAY_BLOCKS, EVERYDAY_HEADLINE } from '../fixtures/render/everyday-article';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { METHODS } from '../../shared/ipc/channels';

let app: LaunchedApp;
test.beforeEach(async () => {
  app = await launchApp({ viewport: { width: 1600, height: 1000 } });
});
test.afterEach(async () => {
  await app?.close();
});

const articleOf = (html: string) => /<article class="article">[\s\S]*<\/article>/.exec(html)?.[0] ?? '';

test('the everyday article: the preview renders in a worker, follows every edit, and shows what export writes', async () => {
  const { page, services } = app;
  const photo = services.assets.add(fs.readFileSync('tests/fixtures/photos/riverside.jpg')).sha256;
  const stored = services.articles.create({ headline: EVERYDAY_HEADLINE, section: 'World', body: everydayBody(photo) as never });
  await app.reload();
  await page.getByRole('button', { name: EVERYDAY_HEADLINE }).click();
  await expect(page.locator('.body-editor > *')).toHaveCount(EVERYDAY_BLOCKS);
  const frame = page.locator('iframe[title="Published preview"]');
  await expect(frame).toHaveAttribute('srcdoc', /Outside the conference centre on the second day/);
  await expect.poll(() => page.workers().map((w) => w.url()).filter((url) => /preview\.worker/.test(url)).length).toBe(1);

  // Edits in three places, each after a pause: every one reaches the frame.
  const paragraphs = page.locator('.body-editor > p');
  for (const [index, word] of [[2, ' Kestrel.'], [15, ' Osprey.'], [28, ' Merlin.']] as const) {
    await paragraphs.nth(index).click();
    await page.keyboard.press('End');
    await page.keyboard.type(word);
    await expect(frame).toHaveAttribute('srcdoc', new RegExp(word.trim().replace('.', '\\.')));
  }
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const preview = (await frame.getAttribute('srcdoc')) ?? '';
  for (const word of ['Kestrel.', 'Osprey.', 'Merlin.']) expect(preview).toContain(word);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-worker-export-'));
  try {
    const target = path.join(dir, 'everyday.html');
    const dispatch = createDispatch(createHandlers(services, { chooseExportPath: async () => target }), { isTrustedUrl: () => true });
    const result = await dispatch(METHODS.exportArticleHtml, { id: stored.id }, { url: 'app://copydesk/index.html', isTopFrame: true });
    expect(result).toMatchObject({ ok: true });
    const exported = fs.readFileSync(target, 'utf8');
    expect(articleOf(exported)).not.toBe('');
    expect(articleOf(preview)).toBe(articleOf(exported));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(app.consoleErrors).toEqual([]);
});
