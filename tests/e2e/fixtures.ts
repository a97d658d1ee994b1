// Playwright fixtures: `app` is a launched Copydesk on a fresh database, and
// `shot(name)` saves a screenshot to test-results/screenshots/ for people to look at.
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchApp, type LaunchedApp } from './launch';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export const test = base.extend<{ app: LaunchedApp; shot: (name: string) => Promise<void> }>({
  app: async ({}, use) => {
    const app = await launchApp();
    await use(app);
    await app.close();
  },
  shot: async ({ app }, use) => {
    await use(async (name) => {
      await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
    });
  },
});

export { expect };
