// Writes an export without ever replacing a file by accident. The content goes
// to a temporary file in the same folder first; it is then hard-linked to the
// target name, which fails atomically if that name exists (no check-then-write
// race), or renamed over it when overwriting was asked for. A crash mid-write
// leaves at most a stray temporary file, never a half-written export.
import fs from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from '../lazy-builtins';

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists`);
    this.name = 'FileExistsError';
  }
}

export function writeFileSafely(file: string, content: string, { overwrite = false } = {}): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(temp, content, { flag: 'wx' });
  try {
    const fd = fs.openSync(temp, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (overwrite) {
      fs.renameSync(temp, file);
      return;
    }
    try {
      fs.linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(file);
      throw error;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * The first usable name among name.html, name-2.html, name-3.html … in dir:
 * never one already used in this batch, and not an existing file unless the
 * caller is overwriting.
 */
export function freeName(dir: string, base: string, ext: string, taken: ReadonlySet<string>, overwrite = false): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    if (!taken.has(name) && (overwrite || !fs.existsSync(path.join(dir, name)))) return name;
  }
}
