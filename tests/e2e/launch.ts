// Drives the real renderer build on a real database, with no Electron binary:
// window.copydesk is defined by an init script whose every call goes through
// page.exposeBinding into the same dispatch the Electron main process uses.
// Same client, same validation, same SQLite; only the transport differs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { EVENTS, METHODS, type EventName } from '../../shared/ipc/channels';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../electron/main/services';
import { quickCheckInBackground } from '../../electron/main/store/background-check';
import { launchChromium } from './chromium';
import { startStaticServer } from './static-server';

export const RENDERER_DIR = path.resolve(process.env.COPYDESK_RENDERER_DIR ?? 'out/renderer');

/** One call the renderer made through window.copydesk, as the test host saw it. */
export interface BridgedCall {
  channel: string;
  payload: unknown;
  result: unknown;
  /** Size of the answer as JSON: what crossed the bridge. */
  responseBytes: number;
}

export interface LaunchedApp {
  page: Page;
  /** Every bridged call so far, in order (assert on what the renderer was sent). Chromium host only. */
  calls?: BridgedCall[];
  dbPath: string;
  /** The services behind the page, for assertions straight against the store. */
  services: Services;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  /** True once the renderer has answered a quit request (flushBeforeQuit → readyToQuit). */
  readonly quitRequested?: boolean;
  /** What that answer said could not be saved (main would ask the user), or null. */
  readonly quitUnsaved?: string | null;
  /** The last setArticleOpen the renderer sent (main enables Export, Copy HTML and Delete by it). */
  readonly articleOpen?: boolean;
  /** True once the renderer asked to reopen on the newest good backup (the app would relaunch). */
  readonly restoreRequested?: boolean;
  /** What the next native "choose an image" dialog returns (a path, or null for Cancel). */
  answerImageDialog?(file: string | null): void | Promise<void>;
  /** What Edit → Copy HTML last put on the clipboard (the html and text flavours). Chromium host only. */
  readonly clipboard?: { html: string; text: string } | null;
  /** Where the next native save dialog (Export HTML, Export CSV of the style rules) says to write (null for Cancel, the default). Chromium host only. */
  answerExportDialog?(file: string | null): void;
  /** Simulates a push event from the main process (menu item, quit). */
  emit(event: EventName): Promise<void>;
  /** Reloads the page (the database stays open, as in the app). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  dbPath?: string;
  viewport?: { width: number; height: number };
  browser?: Browser;
  /** Only for accessibility audits: axe-core cannot be injected past the page's CSP. */
  bypassCSP?: boolean;
  /** Query string for the page, e.g. "?listPageSize=25" (renderer/src/library/useLibrary.ts). */
  search?: string;
  /** Another renderer build than RENDERER_DIR (bench/experiments/typing-ab.ts types into two builds side by side). */
  rendererDir?: string;
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No renderer build at ${rendererDir}: run "npm run build" first.`);
  }
  const tempDir = options.dbPath ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const dbPath = options.dbPath ?? path.join(tempDir!, 'copydesk.db');
  const services = openServices(dbPath);
  const server = await startStaticServer(rendererDir);
  const ownBrowser = !options.browser;
  const browser = options.browser ?? (await launchChromium());
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  });
  const page = await context.newPage();

  let quitRequested = false;
  let quitUnsaved: string | null = null;
  let articleOpen = false;
  let restoreRequested = false;
  // The start-up integrity check runs as in the app: in a worker, on its own connection.
  const integrity = quickCheckInBackground(dbPath);
  let nextImageFile: string | null = null;
  let nextExportFile: string | null = null;
  let clipboard: { html: string; text: string } | null = null;
  const dispatch = createDispatch(createHandlers(services, {
    onReadyToQuit: (unsaved) => {
      quitRequested = true;
      quitUnsaved = unsaved ?? null;
    },
    onArticleOpen: (open) => {
      articleOpen = open;
    },
    // Stands in for the native dialog only; reading, checking and storing the file is the real code.
    chooseImageFile: async () => nextImageFile,
    chooseExportPath: async () => nextExportFile,
    chooseRulesExportPath: async () => nextExportFile,
    // Stands in for the system clipboard: what main would write there is kept for the test to read.
    writeClipboard: async (data) => {
      clipboard = { html: data.html, text: data.text };
    },
    integrityReport: () => integrity,
    restoreNewestBackup: () => {
      restoreRequested = true;
    },
  }), {
    isTrustedUrl: (url) => url === server.origin || url.startsWith(`${server.origin}/`),
    log: (error) => console.error('[dispatch]', error),
    explain: services.explain,
  });

  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));

  const calls: BridgedCall[] = [];
  await page.exposeBinding('__copydeskInvoke', async (source, channel: unknown, payload: unknown) => {
    const result = await dispatch(channel, payload, { url: source.frame.url(), isTopFrame: source.frame === source.page.mainFrame() });
    calls.push({ channel: String(channel), payload, result, responseBytes: Buffer.byteLength(JSON.stringify(result)) });
    return result;
  });
  // Run through tsx (bench/), functions passed to the page are compiled with esbuild's keepNames,
  // which calls a __name helper the page does not have.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  // Mirrors electron/preload/index.ts: one frozen object, one function per method.
  await page.addInitScript(
    ({ methods, events }) => {
      // A frame's initial about:blank window is reused when it navigates to a
      // same-origin document (the preview's srcdoc), so this can run twice in one window.
      if (Object.prototype.hasOwnProperty.call(window, 'copydesk')) return;
      type Listener = () => void;
      const listeners = new Map<string, Set<Listener>>();
      const invoke = (window as unknown as { __copydeskInvoke(c: string, p: unknown): Promise<unknown> }).__copydeskInvoke;
      const bridge: Record<string, unknown> = {};
      for (const [method, channel] of Object.entries(methods)) bridge[method] = (request: unknown) => invoke(channel, request);
      bridge.on = (event: string, listener: Listener) => {
        if (!(event in events)) throw new Error(`Unknown event ${event}`);
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      };
      Object.defineProperty(window, '__copydeskEmit', {
        value: (event: string) => listeners.get(event)?.forEach((listener) => listener()),
      });
      Object.defineProperty(window, 'copydesk', { value: Object.freeze(bridge) });
    },
    { methods: METHODS, events: EVENTS },
  );

  await page.goto(`${server.origin}/index.html${options.search ?? ''}`);

  return {
    page,
    calls,
    dbPath,
    services,
    consoleErrors,
    answerImageDialog: (file) => {
      nextImageFile = file;
    },
    answerExportDialog: (file) => {
      nextExportFile = file;
    },
    get quitRequested() {
      return quitRequested;
    },
    get quitUnsaved() {
      return quitUnsaved;
    },
    get articleOpen() {
      return articleOpen;
    },
    get clipboard() {
      return clipboard;
    },
    get restoreRequested() {
      return restoreRequested;
    },
    emit: (event) =>
      page.evaluate((name) => (window as unknown as { __copydeskEmit(e: string): void }).__copydeskEmit(name), event),
    reload: async () => {
      await page.reload();
    },
    async close() {
      await context.close();
      if (ownBrowser) await browser.close();
      await server.close();
      services.close();
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
