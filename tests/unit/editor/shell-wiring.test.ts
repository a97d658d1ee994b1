// The Electron-side wiring of the editor, checked without an Electron binary:
// Help → Keyboard Shortcuts, and a CSP that lets photos in from the asset protocol only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/shell/menu';
import { RENDERER_CSP } from '../../../electron/main/shell/security';
import { EVENTS } from '../../../shared/ipc/channels';

type Item = { label?: string; role?: string; accelerator?: string; click?: () => void; submenu?: Item[] };

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
});
