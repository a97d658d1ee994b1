// Runs the real `copydesk` CLI as a child process.
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const BIN = path.resolve(__dirname, '../../bin/copydesk.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string; /** run as this user (root only) */ uid?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    env: { ...process.env, COPYDESK_DB: '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
