// The toolchain scripts: which Node counts as current (scripts/with-node.sh)
// and what `npm start` says is missing before it tries to open a window
// (scripts/check-electron.js).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp';

const root = path.resolve(__dirname, '../../..');
const tmp = tempDir('copydesk-toolchain-');
afterAll(() => tmp.cleanup());

function nodeOk(version: string): boolean {
  const run = spawnSync('bash', ['-c', `source <(sed -n '/^copydesk_version_ge/,/^}/p;/^copydesk_node_ok/,/^}/p' scripts/with-node.sh); copydesk_node_ok ${version}`], { cwd: root });
  return run.status === 0;
}

function missingForStart(projectRoot: string): string[] {
  const script = `import(${JSON.stringify(path.join(root, 'scripts/check-electron.js'))}).then((m) => process.stdout.write(JSON.stringify(m.missingForStart(${JSON.stringify(projectRoot)}))))`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

describe('with-node.sh: the engines range ^22.22.0 || >=24.8.0', () => {
  it.each([
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.22.0', true],
    ['22.30.1', true],
    ['23.11.0', false],
    ['24.7.9', false],
    ['24.8.0', true],
    ['24.22.3', true],
    ['26.12.1', true],
  ])('Node %s counts as current: %s', (version, ok) => {
    expect(nodeOk(version)).toBe(ok);
  });

  it('the engines range in package.json is the one the script checks', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('^22.22.0 || >=24.8.0');
  });

  it('the tests themselves run on a current Node', () => {
    expect(nodeOk(process.versions.node)).toBe(true);
  });
});

describe('check-electron.js', () => {
  it('names a missing Electron program in a sentence, and finds the Node-API database binary', () => {
    // This checkout: better-sqlite3's prebuilt binary is there; the Electron
    // program is not (offline machines cannot download it), unless it is.
    const hasElectron = fs.existsSync(path.join(root, 'node_modules/electron/path.txt'));
    const problems = missingForStart(root);
    expect(problems.some((p) => p.includes('better-sqlite3'))).toBe(false);
    expect(problems.some((p) => p.startsWith('The Electron program is not downloaded'))).toBe(!hasElectron);
  });

  it('an empty project lacks both, each said once and without a stack trace', () => {
    const problems = missingForStart(tmp.dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/electron package is not installed/);
    expect(problems[1]).toMatch(/better-sqlite3 has no prebuilt binary/);
    expect(problems.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('a binary that is not a Node-API build is refused', () => {
    const fake = path.join(tmp.dir, 'fake');
    const dir = path.join(fake, 'node_modules/better-sqlite3');
    fs.mkdirSync(path.join(dir, 'build/Release'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"better-sqlite3","version":"12.0.0"}');
    fs.writeFileSync(path.join(dir, 'build/Release/better_sqlite3.node'), 'node_register_module_v137\0');
    fs.writeFileSync(path.join(fake, 'package.json'), '{}');
    expect(missingForStart(fake).some((p) => p.includes('is not a Node-API build'))).toBe(true);
  });
});
