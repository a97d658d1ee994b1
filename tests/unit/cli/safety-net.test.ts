// bin/copydesk.js's safety net: whatever escapes the CLI's main() ends the run
// with one sentence on stderr and status 1, never a stack trace. The real bin
// runs as a child process from a copy of bin/ whose bundle (dist/cli/main.js,
// fresh by its stamp) misbehaves in each way a bug could.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-safety-net-');
const BIN_SOURCE = path.resolve(__dirname, '../../../bin');
let bin: string;

// The misbehaving bundle: which way it fails is chosen by FAKE_FAILURE.
const FAKE_BUNDLE = `
const failure = process.env.FAKE_FAILURE;
if (failure === 'load') throw new Error('the bundle could not load\\n    at load (main.js:1:1)');
export async function main(argv, io) {
  if (failure === 'throw') throw new TypeError("Cannot read properties of undefined (reading 'x')\\n    at main (main.js:5:3)");
  if (failure === 'timer') setTimeout(() => { throw new RangeError('late\\n    at Timeout (main.js:6:1)'); }, 5);
  if (failure === 'rejection') Promise.reject(new Error('nobody awaited this'));
  if (failure === 'epipe') for (let i = 0; i < 2000; i++) io.stdout('x'.repeat(1000) + '\\n');
  if (failure === 'long') throw new Error('y'.repeat(5000));
  return 0;
}
`;

beforeAll(() => {
  const root = tmp.file('repo');
  fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
  for (const file of fs.readdirSync(BIN_SOURCE)) fs.copyFileSync(path.join(BIN_SOURCE, file), path.join(root, 'bin', file));
  fs.mkdirSync(path.join(root, 'dist/cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist/cli/main.js'), FAKE_BUNDLE);
  fs.writeFileSync(path.join(root, 'dist/cli/inputs.json'), JSON.stringify({ builtAt: Date.now(), inputs: [] }));
  fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
  bin = path.join(root, 'bin/copydesk.js');
});
afterAll(() => tmp.cleanup());

function run(failure: string) {
  const result = spawnSync(process.execPath, [bin, 'list'], { encoding: 'utf8', env: { ...process.env, FAKE_FAILURE: failure } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI safety net', () => {
  it('runs a well-behaved command untouched', () => {
    expect(run('none')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['throw', "Cannot read properties of undefined (reading 'x')"],
    ['timer', 'late'],
    ['rejection', 'nobody awaited this'],
    ['load', 'the bundle could not load'],
  ])('an error escaping main (%s) is one sentence and exit 1', (failure, detail) => {
    const result = run(failure);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `copydesk: the command stopped on an unexpected problem (${detail}). What it had already saved is kept; if this keeps happening, please report it.\n`,
    );
  });

  it('shortens a very long message to one readable line', () => {
    const result = run('long');
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr.length).toBeLessThan(400);
  });

  it('stops quietly when the reader of its output goes away (copydesk list | head)', async () => {
    const child = spawn(process.execPath, [bin, 'list'], { env: { ...process.env, FAKE_FAILURE: 'epipe' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
