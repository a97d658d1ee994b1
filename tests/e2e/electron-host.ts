// The same specs through Playwright's Electron launcher, when this machine has
// an Electron binary. Offline build machines do not (it is a GitHub download);
// then the Electron project is left out and playwright.config.ts prints why.
// better-sqlite3 needs nothing extra: its Node-API binary loads in Electron too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from '@playwright/test';
import { EVENTS, type EventName } from '../../shared/ipc/channels';
import { openServices } from '../../electron/main/services';
import type { LaunchedApp, LaunchOptions } from './launch';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Why the Electron host cannot run here, or null when it can. Never triggers a download. */
export function electronUnavailableReason(): string | null {
  const pathFile = path.join(ROOT, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile)) return 'no Electron binary in node_modules/electron (it is downloaded on first `npm start`; offline machines cannot fetch it)';
  const binary = path.join(ROOT, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return `Electron binary missing at ${binary}`;
  if (!fs.existsSync(path.join(ROOT, 'out/main/index.js'))) return 'no main-process build (run `npm run build`)';
  return null;
}

export async function launchElectronApp(options: LaunchOptions & { dbPath: string }): Promise<LaunchedApp> {
  const app = await electron.launch({
    args: [path.join(ROOT, 'out/main/index.js'), '--db', options.dbPath],
    cwd: ROOT,
    env: { ...process.env, COPYDESK_DB: '' },
  });
  const page = await app.firstWindow();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.waitForLoadState('domcontentloaded');
  // The test process reads the same SQLite file (WAL allows a second connection).
  const services = openServices(options.dbPath);
  return {
    page,
    dbPath: options.dbPath,
    services,
    consoleErrors,
    emit: (event: EventName) =>
      app.evaluate(({ BrowserWindow }, channel) => BrowserWindow.getAllWindows()[0]?.webContents.send(channel), EVENTS[event]),
    // The native dialog cannot be clicked by a test: answer it in the main process instead.
    answerImageDialog: (file: string | null) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = (async () => ({ canceled: answer === null, filePaths: answer === null ? [] : [answer] })) as typeof dialog.showOpenDialog;
      }, file),
    reload: async () => {
      await page.reload();
    },
    async close() {
      services.close();
      await app.close();
    },
  };
}
