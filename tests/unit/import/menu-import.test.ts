// File → Import… sends the renderer the import event (the shell wires it to send('importFile')).
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/shell/menu';
import { EVENTS } from '../../../shared/ipc/channels';

describe('File → Import…', () => {
  it('is in the File menu, under New Article, and calls importFile', () => {
    const importFile = vi.fn();
    const template = menuTemplate({ newArticle: () => undefined, importFile }, 'linux');
    const file = template.find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[];
    const labels = file.map((item) => item.label);
    expect(labels.indexOf('Import…')).toBe(labels.indexOf('New Article') + 1);
    const item = file.find((i) => i.label === 'Import…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+O');
    (item.click as () => void)();
    expect(importFile).toHaveBeenCalledOnce();
    expect(EVENTS.importFile).toBe('menu:import');
  });
});
