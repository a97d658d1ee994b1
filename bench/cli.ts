// CLI start: `copydesk list` on an empty database against bare node loading
// better-sqlite3, alternated so both see the same load. Medians of wall time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ratioRow, writeSuite } from './report';
// @ts-expect-error plain JavaScript module without types (bin/ runs before any build)
import { buildBundle, freshBundle } from '../bin/cli-bundle.js';

const started = new Date();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 15);
if (!freshBundle()) await buildBundle();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-cli-'));
const db = path.join(dir, 'empty.db');

function time(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, COPYDESK_DB: '' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

time(['bin/copydesk.js', 'list', '--db', db, '--create']); // creates the database, fills the compile cache
const cli: number[] = [];
const bare: number[] = [];
for (let i = 0; i < RUNS; i++) {
  cli.push(time(['bin/copydesk.js', 'list', '--db', db]));
  bare.push(time(['-e', "require('better-sqlite3')"]));
}
fs.rmSync(dir, { recursive: true, force: true });
writeSuite(
  'cli',
  [
    ratioRow(
      {
        id: 'cli.list-empty',
        what: '`copydesk list`, empty database (median wall)',
        value: median(cli),
        unit: 'ms',
        baseline: { what: "bare `node -e \"require('better-sqlite3')\"`", value: median(bare) },
        target: '≤ 3× bare node',
      },
      3,
    ),
  ],
  started,
);
