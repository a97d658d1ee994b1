// The CLI's bundle (bin/cli-bundle.js): built from the real sources with
// esbuild, it runs the same commands; and it is used only while no source it
// was built from has changed since, so the CLI never lags the source.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (bin/ runs before any build)
import { buildBundle, freshBundle, ROOT } from '../../../bin/cli-bundle.js';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-cli-bundle-');
// Inside the repository, so the bundle resolves better-sqlite3 from node_modules as dist/cli does.
const out = path.join(ROOT, 'dist', `cli-test-${process.pid}`);
afterAll(() => {
  tmp.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('the CLI bundle', () => {
  it('is built from the CLI sources and runs their commands', async () => {
    const { bundle, inputs } = (await buildBundle(out)) as { bundle: string; inputs: string[] };
    expect(inputs).toContain('electron/cli/main.ts');
    expect(inputs).toContain('electron/main/store/article-store.ts');
    expect(inputs.every((i) => !i.includes('node_modules'))).toBe(true);
    expect(freshBundle(out)).toBe(bundle);
    const { main } = (await import(bundle)) as { main: (argv: string[], io: unknown) => Promise<number> };
    let stdout = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: () => undefined, readStdin: async () => '', cwd: tmp.dir };
    expect(await main(['list', '--db', tmp.file('empty.db'), '--create'], io)).toBe(0);
    expect(stdout).toBe('No articles yet.\n');

    // Start-up cost: a fresh process running `list` loads none of the Node
    // built-ins it does not use (an ESM import of node:fs alone loads
    // fs/promises; crypto and worker_threads are imported where an id, a digest
    // or the integrity worker is made, bin/cli-bundle.js builtinsOnUse).
    const probe = `const { main } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      await main(['list', '--db', ${JSON.stringify(tmp.file('empty.db'))}], { stdout: () => {}, stderr: (t) => process.stderr.write(t), readStdin: async () => '', cwd: '.' });
      process.stderr.write(JSON.stringify(process.moduleLoadList));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    const loaded = JSON.parse(run.stderr) as string[];
    for (const unused of ['NativeModule crypto', 'NativeModule worker_threads', 'NativeModule internal/fs/promises', 'NativeModule zlib']) expect(loaded).not.toContain(unused);
  }, 60_000);

  it('is not used once a source it was built from is newer, or gone, or the stamp is missing', () => {
    const root = tmp.file('repo');
    const dist = path.join(root, 'dist');
    fs.mkdirSync(path.join(root, 'src'), { recursive: true });
    fs.mkdirSync(dist);
    const source = path.join(root, 'src', 'a.ts');
    fs.writeFileSync(source, 'export {};');
    fs.writeFileSync(path.join(dist, 'main.js'), '');
    const builtAt = Date.now();
    fs.utimesSync(source, new Date(builtAt - 60_000), new Date(builtAt - 60_000));
    fs.writeFileSync(path.join(dist, 'inputs.json'), JSON.stringify({ builtAt, inputs: ['src/a.ts'] }));
    expect(freshBundle(dist, root)).toBe(path.join(dist, 'main.js'));
    fs.utimesSync(source, new Date(builtAt + 1000), new Date(builtAt + 1000));
    expect(freshBundle(dist, root)).toBeNull();
    fs.rmSync(source);
    expect(freshBundle(dist, root)).toBeNull();
    fs.writeFileSync(source, 'export {};');
    fs.utimesSync(source, new Date(builtAt - 60_000), new Date(builtAt - 60_000));
    fs.rmSync(path.join(dist, 'inputs.json'));
    expect(freshBundle(dist, root)).toBeNull();
  });
});
