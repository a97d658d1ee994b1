// The Electron shell's security settings, checked with small fakes of the few
// Electron objects it touches (no Electron binary needed).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardenContents, isAppUrl, RENDERER_CSP, windowOptions } from '../../../electron/main/shell/security';
import { resolveAppFile } from '../../../electron/main/shell/app-protocol';
import { menuTemplate } from '../../../electron/main/shell/menu';
import { QuitSequence } from '../../../electron/main/shell/quit-sequence';
import fs from 'node:fs';

type Handler = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let windowOpen: (() => { action: string }) | undefined;
  let permissionRequest: ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined;
  let permissionCheck: (() => boolean) | undefined;
  const contents = {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: () => { action: string }) => (windowOpen = handler),
    session: {
      setPermissionRequestHandler: (handler: typeof permissionRequest) => (permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
    },
  };
  hardenContents(contents as never);
  return {
    prevented(name: string, url = ''): boolean {
      let prevented = false;
      handlers.get(name)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    windowOpen: () => windowOpen!(),
    permission(name: string): boolean {
      let granted: boolean | undefined;
      permissionRequest!({}, name, (ok) => (granted = ok));
      return granted!;
    },
    check: () => permissionCheck!(),
  };
}

describe('BrowserWindow options', () => {
  const prefs = windowOptions('/app/preload.cjs').webPreferences!;
  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
});

describe('CSP', () => {
  it('allows only our own scripts and no network', () => {
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).toContain("default-src 'none'");
    expect(RENDERER_CSP).toContain("connect-src 'none'");
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('lets the preview start its Web Worker from our own bundle, and no other (no blob: or data: workers)', () => {
    const workers = RENDERER_CSP.split(';').map((d) => d.trim()).find((d) => d.startsWith('worker-src'));
    expect(workers).toBe("worker-src 'self'");
  });

  it('matches the meta CSP shipped in the renderer page', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    const fromMeta = directives(meta);
    for (const [name, values] of directives(RENDERER_CSP)) {
      // The meta policy may add app-specific image schemes but must never be looser for scripts or network.
      if (name === 'img-src') continue;
      expect(fromMeta.get(name), name).toEqual(values);
    }
  });
});

describe('hardened web contents', () => {
  const contents = fakeContents();
  it('blocks navigation and redirects away from the app', () => {
    expect(contents.prevented('will-navigate', 'https://news.example/story')).toBe(true);
    expect(contents.prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.prevented('will-navigate', 'app://copydesk/index.html')).toBe(false);
    expect(contents.prevented('will-navigate', 'app://copydesk.evil/index.html')).toBe(true);
  });
  it('refuses webviews, new windows and every permission', () => {
    expect(contents.prevented('will-attach-webview')).toBe(true);
    expect(contents.windowOpen()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(contents.permission(permission)).toBe(false);
    }
    expect(contents.check()).toBe(false);
  });
  it('recognizes only its own origin', () => {
    expect(isAppUrl('app://copydesk/index.html')).toBe(true);
    expect(isAppUrl('app://copydeskx/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1/')).toBe(false);
  });
});

describe('app:// protocol', () => {
  const root = path.resolve('/srv/renderer');
  it('serves files inside the renderer build only', () => {
    expect(resolveAppFile(root, 'app://copydesk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://copydesk/assets/index.js')).toBe(path.join(root, 'assets/index.js'));
    expect(resolveAppFile(root, 'app://copydesk/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    // The URL parser folds %2e%2e into .. and clamps it at the root: still inside.
    expect(resolveAppFile(root, 'app://copydesk/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile(root, 'app://copydesk/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
  });
});

describe('menu', () => {
  it('has File → New Article and Quit, and the standard Edit roles', () => {
    let created = 0;
    const template = menuTemplate({ newArticle: () => created++ }, 'linux');
    const file = template.find((m) => m.label === '&File')!;
    const items = file.submenu as { label?: string; role?: string; click?: () => void }[];
    items.find((i) => i.label === 'New Article')!.click!();
    expect(created).toBe(1);
    expect(items.some((i) => i.role === 'quit')).toBe(true);
    // Spike Article (Mod-Backspace) is there; deleting for good is not in the menu at all (the Spiked view asks first).
    let spikeAsked = 0;
    const withSpike = menuTemplate({ newArticle: () => {}, spikeArticle: () => spikeAsked++ }, 'linux');
    const fileItems = withSpike.find((m) => m.label === '&File')!.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const spikeItem = fileItems.find((i) => i.label === 'Spike Article')!;
    spikeItem.click!();
    expect(spikeAsked).toBe(1);
    expect(spikeItem.accelerator).toBe('CmdOrCtrl+Backspace');
    expect(fileItems.some((i) => /delete/i.test(i.label ?? ''))).toBe(false);
    const edit = template.find((m) => m.label === '&Edit')!;
    expect((edit.submenu as { role?: string }[]).map((i) => i.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });
});

describe('quit sequence', () => {
  it('asks the renderer to flush once, quits only when it has', () => {
    const log: string[] = [];
    let timer: (() => void) | undefined;
    const quit = new QuitSequence({
      requestFlush: () => log.push('flush'),
      finish: () => log.push('finish'),
      setTimer: (fn) => (timer = fn),
    });
    expect(quit.mayQuit()).toBe(false);
    expect(quit.mayQuit()).toBe(false);
    expect(log).toEqual(['flush']);
    quit.flushed();
    expect(log).toEqual(['flush', 'finish']);
    expect(quit.mayQuit()).toBe(true);
    timer!(); // the deadline firing late changes nothing
    expect(log).toEqual(['flush', 'finish']);
  });

  it('quits anyway when the renderer never answers', () => {
    let timer: (() => void) | undefined;
    let finished = false;
    const quit = new QuitSequence({ requestFlush: () => {}, finish: () => (finished = true), setTimer: (fn) => (timer = fn) });
    quit.mayQuit();
    timer!();
    expect(finished).toBe(true);
  });
});
