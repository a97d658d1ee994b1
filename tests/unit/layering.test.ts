// The import rule is enforced by `npm run layers`; prove the rules fire by
// running the real checker over a small tree of forbidden imports.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';

const root = path.resolve(__dirname, '../..');
const tmp = tempDir('copydesk-layers-');
afterAll(() => tmp.cleanup());

function write(relative: string, text: string) {
  const file = path.join(tmp.dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** The `depcruise` command's script, as the installed package declares it (its file name changed in v18). */
function depcruiseBin(): string {
  const dir = path.join(root, 'node_modules/dependency-cruiser');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return path.join(dir, pkg.bin.depcruise!);
}

function cruise(): string {
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp.dir, 'node_modules'));
  fs.copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(tmp.dir, '.dependency-cruiser.cjs'));
  fs.copyFileSync(path.join(root, 'tsconfig.base.json'), path.join(tmp.dir, 'tsconfig.base.json'));
  const run = spawnSync(
    process.execPath,
    [depcruiseBin(), 'electron', 'renderer', 'shared', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: tmp.dir, encoding: 'utf8' },
  );
  return run.stdout + run.stderr;
}

describe('layering rules', () => {
  write('shared/uses-fs.ts', "import fs from 'node:fs';\nexport const a = fs;\n");
  write('shared/uses-renderer.ts', "import { b } from '../renderer/ok';\nexport const a = b;\n");
  write('renderer/ok.ts', 'export const b = 1;\n');
  write('renderer/uses-sqlite.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n");
  write('renderer/uses-path.ts', "import path from 'node:path';\nexport const a = path;\n");
  write('electron/main/store/uses-electron.ts', "import { app } from 'electron';\nexport const a = app;\n");
  write('electron/main/store/types-only.ts', "import type { App } from 'electron';\nexport type A = App;\n");
  write('electron/main/shell/may-use-electron.ts', "import { app } from 'electron';\nexport const a = app;\n");
  write('electron/preload/index.ts', "import { z } from 'zod';\nexport const a = z;\n");
  // A loop through a type-only import is still a loop.
  write('renderer/loop-a.ts', "import type { B } from './loop-b';\nexport type A = { b?: B };\n");
  write('renderer/loop-b.ts', "import { type A } from './loop-a';\nexport type B = { a?: A };\nexport const b = 1;\n");
  write('electron/main/store/uses-contract.ts', "import { contract } from '../../../shared/ipc/contract';\nexport const a = contract;\n");
  write('shared/ipc/contract.ts', 'export const contract = {};\n');
  write('electron/main/store/handlers.ts', "import { contract } from '../../../shared/ipc/contract';\nexport const a = contract;\n");
  const report = cruise();

  it.each([
    ['shared-no-node-builtins', 'shared/uses-fs.ts'],
    ['shared-is-pure', 'shared/uses-renderer.ts'],
    ['renderer-through-bridge', 'renderer/uses-sqlite.ts'],
    ['renderer-no-node-builtins', 'renderer/uses-path.ts'],
    ['services-without-electron', 'electron/main/store/uses-electron.ts'],
    ['preload-minimal', 'electron/preload/index.ts'],
    ['no-circular', 'renderer/loop-a.ts'],
    ['services-not-ipc', 'electron/main/store/uses-contract.ts'],
  ])('%s flags %s', (rule, file) => {
    expect(report).toMatch(new RegExp(`${rule}: ${file.replace('.', '\\.')}`));
  });

  it('allows electron in the shell and type-only imports in services', () => {
    expect(report).not.toContain('may-use-electron.ts');
    expect(report).not.toContain('types-only.ts');
    // A feature's handlers.ts is the IPC adapter: it may know the contract.
    expect(report).not.toContain('services-not-ipc: electron/main/store/handlers.ts');
  });
});
