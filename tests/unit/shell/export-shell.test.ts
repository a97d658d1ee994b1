// The Electron bits of export, with fakes for the few Electron objects they touch.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { createExportPathChooser, readLastFolder } from '../../../electron/main/shell/export-dialog';
import { clipboardWriter } from '../../../electron/main/shell/copy-html';
import { menuTemplate } from '../../../electron/main/shell/menu';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-shell-export-');
afterAll(() => tmp.cleanup());

function fakeDialog(answers: ({ canceled: boolean; filePath?: string })[]) {
  const asked: SaveDialogOptions[] = [];
  return {
    asked,
    dialog: {
      showSaveDialog: (async (...args: unknown[]) => {
        asked.push(args[args.length - 1] as SaveDialogOptions);
        return answers.shift() ?? { canceled: true };
      }) as never,
    },
  };
}

describe('the export save dialog', () => {
  it('proposes {slug}.html in the default folder first, then remembers the last folder across launches', async () => {
    const docs = tmp.file('Documents');
    fs.mkdirSync(docs);
    const desk = tmp.file('desk');
    fs.mkdirSync(desk);
    const stateFile = tmp.file('state/export-state.json');
    const fake = fakeDialog([{ canceled: false, filePath: path.join(desk, 'story') }, { canceled: false, filePath: path.join(desk, 'b.html') }]);
    const choose = createExportPathChooser({ dialog: fake.dialog, parent: () => undefined, stateFile, defaultFolder: docs });

    expect(await choose('syria-talks.html')).toBe(path.join(desk, 'story.html'));
    expect(fake.asked[0]!.defaultPath).toBe(path.join(docs, 'syria-talks.html'));
    expect(fake.asked[0]!.properties).toContain('showOverwriteConfirmation');
    expect(readLastFolder(stateFile)).toBe(desk);

    // A new chooser (as after a restart) reads the remembered folder.
    const again = createExportPathChooser({ dialog: fake.dialog, parent: () => undefined, stateFile, defaultFolder: docs });
    await again('other.html');
    expect(fake.asked[1]!.defaultPath).toBe(path.join(desk, 'other.html'));
  });

  it('a cancelled dialog returns null and remembers nothing', async () => {
    const stateFile = tmp.file('cancel/state.json');
    const fake = fakeDialog([{ canceled: true }]);
    const choose = createExportPathChooser({ dialog: fake.dialog, parent: () => undefined, stateFile, defaultFolder: tmp.dir });
    expect(await choose('x.html')).toBeNull();
    expect(fs.existsSync(stateFile)).toBe(false);
  });

  it('ignores a remembered folder that no longer exists or a corrupt state file', () => {
    const stateFile = tmp.file('corrupt.json');
    fs.writeFileSync(stateFile, '{not json');
    expect(readLastFolder(stateFile)).toBeNull();
    fs.writeFileSync(stateFile, JSON.stringify({ lastExportFolder: tmp.file('gone') }));
    expect(readLastFolder(stateFile)).toBeNull();
  });
});

describe('Copy HTML', () => {
  it('writes one clipboard item with HTML and plain text', async () => {
    const written: unknown[] = [];
    const write = clipboardWriter({ write: async (items) => void written.push(items) }, (items) => items as never);
    await write({ html: '<p>a</p>', text: 'a' });
    expect(written).toEqual([[{ 'text/html': '<p>a</p>', 'text/plain': 'a' }]]);
  });
});

describe('menu', () => {
  it('has File → Export HTML…, Edit → Copy HTML and View → Toggle Preview wired to their actions', () => {
    const calls: string[] = [];
    const template = menuTemplate(
      { newArticle: () => {}, exportHtml: () => calls.push('export'), copyHtml: () => calls.push('copy'), togglePreview: () => calls.push('preview') },
      'linux',
    );
    const find = (menu: string, label: string) => {
      const sub = template.find((m) => m.label === menu)!.submenu as { label?: string; click?: () => void; accelerator?: string }[];
      return sub.find((i) => i.label === label)!;
    };
    find('&File', 'Export HTML…').click!();
    find('&Edit', 'Copy HTML').click!();
    find('&View', 'Toggle Preview').click!();
    expect(calls).toEqual(['export', 'copy', 'preview']);
    expect(find('&View', 'Toggle Preview').accelerator).toBe('CmdOrCtrl+Alt+Shift+P');
  });
});
