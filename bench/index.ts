// npm run bench [-- SUITE…]: every benchmark suite, one after another, each in
// its own process (a suite's heap, browser and caches never colour the next),
// then one table of every result this run wrote, also kept as
// bench/results/latest.json. Not part of npm test; nothing here asserts.
//
// A suite is bench/<name>.ts writing bench/results/<name>.json through
// bench/report.ts. The first, libraries, builds the cached reference libraries
// that are missing (bench/.cache/), so their one-off build is timed apart from
// the suites; the run's minutes are given with and without it. A suite listed here whose script does not exist yet is
// skipped with a message.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, machineLine, RESULTS_DIR, type SuiteResult } from './report';

export const SUITES = ['libraries', 'list', 'save', 'history', 'export', 'cli', 'typing', 'editor-open', 'import', 'search'] as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const TSX = path.join(root, 'node_modules/tsx/dist/cli.mjs');

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SUITES as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(', ')}; the suites are: ${SUITES.join(', ')}.`);
  process.exit(2);
}
const chosen = asked.length ? SUITES.filter((s) => asked.includes(s)) : [...SUITES];
const started = Date.now();
console.log(`[bench] ${machineLine()}`);

// The browser suites drive the production renderer build: build it from the source being measured.
if (chosen.some((s) => s !== 'libraries' && s !== 'save' && s !== 'history' && s !== 'export' && s !== 'search') && process.env.BENCH_NO_BUILD !== '1') {
  console.log('[bench] npm run build …');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const ran: string[] = [];
/** Each suite's wall time and the machine's load (1-minute average) when it started and ended: the other helpers share these 2 cores. */
const timings: { suite: string; seconds: number; loadBefore: number; loadAfter: number; status: number | null }[] = [];
for (const suite of chosen) {
  const script = path.join(here, `${suite}.ts`);
  if (!fs.existsSync(script)) {
    console.log(`[bench] ${suite}: skipped (no bench/${suite}.ts yet)`);
    continue;
  }
  const t0 = Date.now();
  const loadBefore = os.loadavg()[0]!;
  console.log(`\n[bench] ${suite} … (loadavg ${os.loadavg().map((n) => n.toFixed(2)).join(' ')})`);
  const run = spawnSync(process.execPath, [TSX, script], { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`[bench] ${suite}: ${run.status === 0 ? 'done' : `exited ${run.status ?? run.signal}`} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  timings.push({ suite, seconds: (Date.now() - t0) / 1000, loadBefore, loadAfter: os.loadavg()[0]!, status: run.status });
  ran.push(suite);
}

// Only results written during this run: a stale file from an older run is not news.
const results: SuiteResult[] = [];
for (const file of fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR).sort() : []) {
  if (!file.endsWith('.json') || file === 'latest.json') continue;
  const full = path.join(RESULTS_DIR, file);
  if (fs.statSync(full).mtimeMs < started) continue;
  try {
    results.push(JSON.parse(fs.readFileSync(full, 'utf8')) as SuiteResult);
  } catch {
    console.log(`[bench] ${file}: not a result file, left out`);
  }
}
const order = (s: SuiteResult) => (SUITES as readonly string[]).indexOf(s.suite);
results.sort((a, b) => order(a) - order(b));
const minutes = (Date.now() - started) / 60000;
const libraryMinutes = (timings.find((t) => t.suite === 'libraries')?.seconds ?? 0) / 60;
const latest = { startedAt: new Date(started).toISOString(), machine: machineLine(), minutes, minutesWithoutLibraryBuild: minutes - libraryMinutes, timings, suites: results };
fs.mkdirSync(RESULTS_DIR, { recursive: true });
fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), JSON.stringify(latest, null, 2) + '\n');
console.log(`\n## Benchmarks (${minutes.toFixed(1)} min, of which ${libraryMinutes.toFixed(1)} building libraries; ${latest.machine})\n`);
for (const t of timings) console.log(`- ${t.suite}: ${t.seconds.toFixed(0)} s (load ${t.loadBefore.toFixed(1)} → ${t.loadAfter.toFixed(1)})${t.status === 0 ? '' : `, exited ${t.status}`}`);
console.log('');
console.log(formatTable(results));
const missing = ran.filter((s) => !results.some((r) => r.suite === s));
if (missing.length) console.log(`\n[bench] wrote no result this run: ${missing.join(', ')}`);
