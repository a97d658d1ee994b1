// Real files in a fresh temp folder per test; removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

export function tempDir(prefix = 'copydesk-test-'): { dir: string; file(name: string): string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** sha256 of a file plus its WAL/SHM siblings: "byte-identical" means all of them. */
export function fingerprint(dbPath: string): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal', '-shm']) {
    const file = dbPath + suffix;
    hash.update(suffix + ':');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('<absent>'));
  }
  return hash.digest('hex');
}

/**
 * sha256 of what holds data — the file and its WAL — for a database that is
 * open while it is checked. The -shm file is SQLite's shared-memory index: a
 * plain read rewrites its read marks, so it says nothing about writes.
 */
export function dataFingerprint(dbPath: string): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = dbPath + suffix;
    hash.update(suffix + ':');
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('<absent>'));
  }
  return hash.digest('hex');
}
