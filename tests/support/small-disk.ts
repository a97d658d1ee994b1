// A real small file system for "the disk is full" and "the disk is read-only":
// a tmpfs of a few hundred KB mounted in a temp folder. Needs root (CI runs as
// root); where mounting is not allowed, `smallDisk()` returns the reason, and
// tests fall back to the fault-injection point (electron/main/store/fault-injection.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

export interface SmallDisk {
  dir: string;
  file(name: string): string;
  /** Fills what is left of the disk with one file. */
  fill(): void;
  /** Deletes the filler again. */
  unfill(): void;
  readOnly(on: boolean): void;
  cleanup(): void;
}

export function smallDisk(kb = 512): SmallDisk | { unavailable: string } {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return { unavailable: 'mounting a small tmpfs needs root on Linux' };
  const tmp = tempDir('copydesk-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=1777`, 'tmpfs', tmp.dir], { stdio: 'pipe' });
  } catch (error) {
    tmp.cleanup();
    return { unavailable: `mount -t tmpfs failed here: ${String((error as Error).message).split('\n')[0]}` };
  }
  const filler = path.join(tmp.dir, '.filler');
  return {
    dir: tmp.dir,
    file: (name) => path.join(tmp.dir, name),
    fill() {
      const fd = fs.openSync(filler, 'a');
      const block = Buffer.alloc(4096);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
    },
    unfill: () => fs.rmSync(filler, { force: true }),
    readOnly: (on) => execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, tmp.dir], { stdio: 'pipe' }),
    cleanup() {
      try {
        execFileSync('umount', [tmp.dir], { stdio: 'pipe' });
      } finally {
        tmp.cleanup();
      }
    },
  };
}
