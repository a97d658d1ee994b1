// The renderer's security settings, kept as plain data and small functions so
// unit tests can check them without an Electron binary.
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;

/** Content-Security-Policy for the editor window: our own scripts only, no network. */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // ProseMirror and React set element styles at run time.
  "style-src 'self' 'unsafe-inline'",
  // Photos come from the asset protocol (or blob: URLs in a host without it).
  "img-src 'self' data: blob: copydesk-asset:",
  "font-src 'self' data:",
  "connect-src 'none'",
  // The preview pane is a sandboxed srcdoc iframe with no scripts.
  "frame-src 'self' about:",
  "child-src 'self' about:",
  // The preview renders its page in a Web Worker from the app's own bundle.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Copydesk',
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & {
  session: { setPermissionRequestHandler: WebContents['session']['setPermissionRequestHandler']; setPermissionCheckHandler: WebContents['session']['setPermissionCheckHandler'] };
};

/**
 * No navigation away from the app, no new windows, no permissions (camera,
 * geolocation, notifications …), no <webview>. Links a journalist clicks in
 * the editor never navigate the window that holds unsaved words.
 */
export function hardenContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
