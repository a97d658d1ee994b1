// The Electron-side wiring of the editor, checked without an Electron binary:
// Help → Keyboard Shortcuts, and a CSP that lets photos in from the asset protocol only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE_MENU_ITEMS, menuTemplate, setArticleItemsEnabled } from '../../../electron/main/shell/menu';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices } from '../../../electron/main/services';
import { tempDir } from '../../support/temp';
import { RENDERER_CSP } from '../../../electron/main/shell/security';
import { EVENTS, METHODS } from '../../../shared/ipc/channels';

type Item = { id?: string; label?: string; role?: string; enabled?: boolean; accelerator?: string; click?: () => void; submenu?: Item[] };

describe('editor shell wiring', () => {
  it('Help → Keyboard Shortcuts asks the renderer to show its panel', () => {
    const showShortcuts = vi.fn();
    const help = (menuTemplate({ newArticle: () => undefined, showShortcuts }, 'linux') as Item[]).find((m) => m.role === 'help')!;
    const item = help.submenu!.find((i) => i.label === 'Keyboard Shortcuts')!;
    expect(item.accelerator).toBe('CmdOrCtrl+/');
    item.click!();
    expect(showShortcuts).toHaveBeenCalledOnce();
    expect(EVENTS.showShortcuts).toBe('menu:show-shortcuts');
  });

  it('both CSPs allow images from the asset protocol, and no file: URLs', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    for (const csp of [RENDERER_CSP, meta]) {
      const img = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('img-src'))!;
      expect(img.split(/\s+/)).toContain('copydesk-asset:');
      expect(img).not.toMatch(/file:|\*/);
    }
  });

  it('Export HTML, Copy HTML, Spike Article, Save Version, History and Checks start disabled, and follow whether an article is open', async () => {
    const items = (menuTemplate({ newArticle: () => undefined }, 'linux') as Item[]).flatMap((m) => m.submenu ?? []);
    const byId = new Map(items.filter((i) => i.id).map((i) => [i.id!, i]));
    expect(ARTICLE_MENU_ITEMS.map((id) => [byId.get(id)?.label, byId.get(id)?.enabled])).toEqual([
      ['Export HTML…', false],
      ['Copy HTML', false],
      ['Spike Article', false],
      ['Save Version…', false],
      ['History', false],
      ['Checks', false],
    ]);
    // The renderer says so over IPC (validated like every call); main flips the built menu's items.
    const tmp = tempDir('copydesk-menu-state-');
    const services = openServices(tmp.file('menu.db'));
    const menu = { getMenuItemById: (id: string) => (byId.get(id) as { enabled: boolean } | undefined) ?? null };
    const dispatch = createDispatch(createHandlers(services, { onArticleOpen: (open) => setArticleItemsEnabled(menu, open) }), {
      isTrustedUrl: (u) => u.startsWith('app://copydesk/'),
    });
    const app = { url: 'app://copydesk/index.html', isTopFrame: true };
    expect(await dispatch(METHODS.setArticleOpen, { open: true }, app)).toEqual({ ok: true, value: {} });
    expect(ARTICLE_MENU_ITEMS.map((id) => byId.get(id)?.enabled)).toEqual(ARTICLE_MENU_ITEMS.map(() => true));
    expect(await dispatch(METHODS.setArticleOpen, { open: 'yes' }, app)).toMatchObject({ ok: false });
    expect(ARTICLE_MENU_ITEMS.map((id) => byId.get(id)?.enabled)).toEqual(ARTICLE_MENU_ITEMS.map(() => true));
    await dispatch(METHODS.setArticleOpen, { open: false }, app);
    expect(ARTICLE_MENU_ITEMS.map((id) => byId.get(id)?.enabled)).toEqual(ARTICLE_MENU_ITEMS.map(() => false));
    services.close();
    tmp.cleanup();
  });
});
