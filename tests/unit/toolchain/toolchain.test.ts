// The toolchain scripts: which Node counts as current (scripts/with-node.sh)
// and what `npm start` says is missing before it tries to open a window
// (scripts/check-electron.js).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import semver from 'semver';
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

const ENGINES = '^22.22.2 || ^24.15.0 || >=26.0.0';

describe(`with-node.sh: the engines range ${ENGINES}`, () => {
  it.each([
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.22.0', false],
    ['22.22.2', true],
    ['22.30.1', true],
    ['23.11.0', false],
    ['24.8.0', false],
    ['24.15.0', true],
    ['24.22.3', true],
    ['25.2.0', false],
    ['26.0.0', true],
    ['26.12.1', true],
  ])('Node %s counts as current: %s', (version, ok) => {
    expect(nodeOk(version)).toBe(ok);
    expect(semver.satisfies(version, ENGINES)).toBe(ok);
  });

  it('the engines range in package.json is the one the script checks', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(ENGINES);
  });

  it('every installed package accepts the lowest Node of each line the range allows', () => {
    // The range is the dependencies' floor: when an upgrade raises it, this names the package.
    const lowest = ['22.22.2', '24.15.0', '26.0.0'];
    const refusals: string[] = [];
    const visit = (dir: string): void => {
      for (const name of fs.readdirSync(dir)) {
        if (name.startsWith('.')) continue;
        const at = path.join(dir, name);
        if (name.startsWith('@')) {
          visit(at);
          continue;
        }
        const manifest = path.join(at, 'package.json');
        if (fs.existsSync(manifest)) {
          const { name: pkg, engines } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; engines?: { node?: unknown } };
          const range = engines?.node;
          if (typeof range === 'string' && semver.validRange(range)) {
            for (const version of lowest) if (!semver.satisfies(version, range)) refusals.push(`${pkg} (${range}) refuses Node ${version}`);
          }
        }
        if (fs.existsSync(path.join(at, 'node_modules'))) visit(path.join(at, 'node_modules'));
      }
    };
    visit(path.join(root, 'node_modules'));
    expect(refusals).toEqual([]);
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

  it('`npm start` checks first and, with something missing, says so in a few lines and exits non-zero', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/^node scripts\/check-electron\.js && /);
    if (missingForStart(root).length === 0) return; // a machine with Electron would open the window
    const run = spawnSync(process.execPath, ['scripts/check-electron.js'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines[0]).toBe('Copydesk cannot open its window on this machine yet:');
    expect(run.stderr).toMatch(/npm run -s copydesk -- list/);
    expect(run.stderr).not.toMatch(/gyp ERR!|\n\s+at /);
  });
});
