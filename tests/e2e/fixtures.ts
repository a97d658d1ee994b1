// Playwright fixtures: `app` is a launched Copydesk on a fresh database, and
// `shot(name)` saves a screenshot to test-results/screenshots/ for people to look at.
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import { launchApp, type LaunchedApp } from './launch';
import { launchElectronApp } from './electron-host';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export const test = base.extend<{ app: LaunchedApp; shot: (name: string) => Promise<void> }>({
  app: async ({}, use, testInfo) => {
    let app: LaunchedApp;
    let tempDir: string | undefined;
    if (testInfo.project.name === 'electron') {
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-electron-'));
      app = await launchElectronApp({ dbPath: path.join(tempDir, 'copydesk.db') });
    } else {
      app = await launchApp();
    }
    await use(app);
    await app.close();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  },
  shot: async ({ app }, use, testInfo) => {
    await use(async (name) => {
      const suffix = testInfo.project.name === 'electron' ? '-electron' : '';
      await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}${suffix}.png`), fullPage: false });
    });
  },
});

export { expect };
