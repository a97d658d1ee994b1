import { defineConfig, type Project } from '@playwright/test';
import { electronUnavailableReason } from './tests/e2e/electron-host';

// Every spec runs in Debian Chromium against the production renderer build,
// bridged to the real dispatch. When an Electron binary is present the same
// specs run again inside Electron; when not, say so instead of pretending.
const projects: Project[] = [{ name: 'chromium' }];
const electronSkipReason = electronUnavailableReason();
if (electronSkipReason) {
  if (!process.env.COPYDESK_QUIET_SKIP) {
    console.log(`[e2e] Electron host skipped: ${electronSkipReason}. The same specs run in Chromium against the real dispatch.`);
    process.env.COPYDESK_QUIET_SKIP = '1'; // workers re-read this file; say it once
  }
} else {
  projects.push({ name: 'electron', workers: 1 });
}
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties outputDir on every run; screenshots live beside it in test-results/screenshots.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
  projects,
});
