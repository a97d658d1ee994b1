import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error';
import type { CliIO } from './command';

/** Reads a file (or stdin for "-") as UTF-8 text, with a message a person understands on failure. */
export async function readInputText(file: string, io: CliIO): Promise<string> {
  if (file === '-') return io.readStdin();
  return readFileOrFail(path.resolve(io.cwd, file)).toString('utf8');
}

export function readFileOrFail(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`Cannot read ${file}: no such file.`);
    if (code === 'EISDIR') throw new CliError(`Cannot read ${file}: it is a folder, not a file.`);
    if (code === 'EACCES') throw new CliError(`Cannot read ${file}: permission denied.`);
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}
