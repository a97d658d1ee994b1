// The start-up integrity check (PRAGMA quick_check), off the main thread: a
// worker opens its own read-only connection, so the window opens and saves
// go on while SQLite reads every page. The result says what is wrong and
// which backup would be offered instead (backups.ts).
import { createRequire } from 'node:module';
import { workerThreads } from '../lazy-builtins';
import type { IntegrityReport } from '../../../shared/store/integrity-report';
import { newestGoodBackup } from './backups';

// Plain CommonJS for an eval worker: no bundler needs to know about a second entry point.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  const rows = db.pragma('quick_check');
  parentPort.postMessage({ lines: rows.map((r) => String(Object.values(r)[0])).filter((l) => l !== 'ok').slice(0, 20) });
} catch (error) {
  parentPort.postMessage({ lines: [String(error && error.message || error)], failed: true });
} finally {
  if (db) db.close();
}`;

const MAX_SHOWN = 5;

export function quickCheckInBackground(dbPath: string): Promise<IntegrityReport> {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise<IntegrityReport>((resolve) => {
    const worker = new (workerThreads().Worker)(WORKER, { eval: true, workerData: { file: dbPath, sqlite } });
    let answered = false;
    const finish = (lines: string[]) => {
      if (answered) return;
      answered = true;
      void worker.terminate();
      resolve(reportOf(dbPath, lines));
    };
    worker.once('message', (message: { lines: string[] }) => finish(message.lines));
    worker.once('error', (error) => finish([`the check could not run: ${error.message}`]));
    worker.once('exit', () => finish(['the check stopped before it finished']));
  });
}

function reportOf(dbPath: string, lines: string[]): IntegrityReport {
  if (lines.length === 0) return { status: 'ok', problems: [], backup: null };
  const backup = newestGoodBackup(dbPath);
  return {
    status: 'problems',
    problems: lines.slice(0, MAX_SHOWN).map((l) => l.slice(0, 300)),
    backup: backup ? { name: backup.name, takenAt: backup.takenAt.toISOString() } : null,
  };
}
