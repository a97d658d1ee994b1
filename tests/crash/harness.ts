// Kills a process that is saving through the real store (saver.ts) with
// SIGKILL at a random moment — while it opens or migrates the file, mid-save,
// mid-checkpoint, mid-backup — then checks the file: PRAGMA integrity_check
// must say ok, and every save the store acknowledged must be there (the
// article holds that save or a later one). Used by a short run in npm test
// and by `npm run test:crash -- 500`.
import { catchUpSearchText } from '../../electron/main/store/search-catch-up';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { contentSha256, type ContentRow } from '../../electron/main/store/versions';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface CrashFigures {
  trials: number;
  integrityFailures: number;
  lostAcknowledgedSaves: number;
  acknowledgedSaves: number;
  /** Kills that came before the store had opened the file (during open or migration). */
  killedWhileOpening: number;
  /** Articles checked against their newest version, and those whose newest version was not their stored content. */
  versionsChecked: number;
  versionMismatches: number;
  failures: string[];
}

/** saver.ts bundled once into plain JavaScript, so each trial starts in a fraction of a second. */
async function bundleSaver(dir: string): Promise<string> {
  const outfile = path.join(dir, 'saver.cjs');
  await build({
    entryPoints: [path.join(here, 'saver.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'silent',
    nodePaths: [path.resolve(here, '../../node_modules')],
  });
  return outfile;
}

export async function runCrashTrials(count: number, options: { onTrial?: (i: number, figures: CrashFigures) => void } = {}): Promise<CrashFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-crash-'));
  const figures: CrashFigures = { trials: 0, integrityFailures: 0, lostAcknowledgedSaves: 0, acknowledgedSaves: 0, killedWhileOpening: 0, versionsChecked: 0, versionMismatches: 0, failures: [] };
  try {
    const saver = await bundleSaver(dir);
    // Trials share a file in runs of five, so later kills meet a file that has history (WAL, backups, many articles).
    let dbPath = '';
    for (let i = 0; i < count; i++) {
      if (i % 5 === 0) dbPath = path.join(dir, `trial-${i}`, 'copydesk.db');
      fs.mkdirSync(path.dirname(dbPath), { recursive: true });
      await oneTrial(saver, dbPath, i, figures);
      figures.trials++;
      options.onTrial?.(i, figures);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

async function oneTrial(saver: string, dbPath: string, trial: number, figures: CrashFigures): Promise<void> {
  const child = spawn(process.execPath, [saver, dbPath, String(trial + 1)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.resolve(here, '../../node_modules') },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Random moments: a third of the kills land at any time from the start (often while it opens or
  // migrates the file); the rest at any time within the first 700 ms of saving.
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  if (Math.random() < 0.33) {
    await Promise.race([sleep(Math.random() * 400), exited]);
  } else {
    const opened = new Promise<void>((resolve) => child.stdout.on('data', () => out.includes('open\n') && resolve()));
    await Promise.race([opened, exited, sleep(10_000)]);
    await Promise.race([sleep(Math.random() * 700), exited]);
  }
  child.kill('SIGKILL');
  await exited;
  if (!out.includes('open\n')) figures.killedWhileOpening++;
  if (err.trim() && !/^\s*$/.test(err)) figures.failures.push(`trial ${trial}: the saver wrote to stderr: ${err.trim().split('\n')[0]}`);

  // The last acknowledged save of each article; only complete lines count (a kill can cut one in half).
  const lastAck = new Map<string, number>();
  for (const line of out.split('\n').slice(0, -1)) {
    const m = /^ack (\S+) (\d+) (\d+)$/.exec(line);
    if (!m) continue;
    lastAck.set(m[1]!, Number(m[2]));
    figures.acknowledgedSaves++;
  }
  if (!fs.existsSync(dbPath)) return;
  const db = new Database(dbPath);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      figures.integrityFailures++;
      figures.failures.push(`trial ${trial}: integrity_check said ${String(integrity)}`);
    }
    // The plain text follows the save (migration 018): what a kill left waiting is caught up, as the next reader does.
    catchUpSearchText(db);
    for (const [id, n] of lastAck) {
      const plain = db.prepare('SELECT plain_text FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
      const stored = plain ? Number(/^save (\d+) of /.exec(plain)?.[1] ?? -1) : -1;
      if (stored < n) {
        figures.lostAcknowledgedSaves++;
        figures.failures.push(`trial ${trial}: article ${id} was acknowledged at save ${n} but holds ${stored < 0 ? 'nothing' : `save ${stored}`}`);
      }
    }
    checkNewestVersions(db, trial, figures);
  } finally {
    db.close();
  }
}

/**
 * The saver takes a version with every save, in the save's transaction: after
 * any kill, each article's newest version is exactly what the article holds
 * (its revision, and the sha256 of its content recomputed from the row).
 */
function checkNewestVersions(db: Database.Database, trial: number, figures: CrashFigures): void {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'article_versions'").get()) return; // killed before migrating
  const rows = db
    .prepare(
      `SELECT a.id, a.revision, a.headline, a.standfirst, a.byline, a.dateline, a.section, a.tags_json, a.status, a.word_count, a.body_json,
         v.revision AS version_revision, v.content_sha256 AS version_sha
       FROM articles AS a
       LEFT JOIN article_versions AS v ON v.article_id = a.id AND v.number = (SELECT max(number) FROM article_versions WHERE article_id = a.id)`,
    )
    .all() as Array<ContentRow & { id: string; version_revision: number | null; version_sha: string | null }>;
  for (const row of rows) {
    figures.versionsChecked++;
    const problem =
      row.version_revision === null
        ? 'has no version'
        : row.version_revision !== row.revision
          ? `is at revision ${row.revision} but its newest version is of revision ${row.version_revision}`
          : row.version_sha !== contentSha256(row)
            ? 'differs from its newest version'
            : null;
    if (problem) {
      figures.versionMismatches++;
      figures.failures.push(`trial ${trial}: article ${row.id} ${problem}`);
    }
  }
}

export function describeFigures(f: CrashFigures): string {
  return (
    `crash: ${f.trials} trials (${f.killedWhileOpening} killed while opening), ${f.acknowledgedSaves} acknowledged saves, ` +
    `${f.integrityFailures} integrity failures, ${f.lostAcknowledgedSaves} acknowledged-but-lost saves, ` +
    `${f.versionsChecked} articles checked against their newest version, ${f.versionMismatches} mismatches`
  );
}
