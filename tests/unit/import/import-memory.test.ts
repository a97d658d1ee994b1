// Peak memory of an import, in a fresh child process (bench/import-peak.ts):
// the resident set it reaches above a process that has loaded the importer
// and read the file. README (Import) documents the bound these tests hold
// Copydesk to: 100 MB plus 16× a text file, plus 60× a Word document's text;
// bench/import.ts measures it at the limits (a 40 MB text, a .docx with a
// 10 MB paragraph).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigParagraphDocx } from '../../../bench/import-peak-inputs';
import { wireText } from '../../../bench/import-inputs';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-import-memory-');
afterAll(() => tmp.cleanup());
const TSX = path.resolve(__dirname, '../../../node_modules/.bin/tsx');
const PEAK = path.resolve(__dirname, '../../../bench/import-peak.ts');

function peak(format: string, bytes: Uint8Array): { grewMB: number; inputMB: number; refused: string | null } {
  const file = tmp.file(`input.${format}`);
  fs.writeFileSync(file, bytes);
  const run = spawnSync(TSX, [PEAK, format, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const { idleMB, importMB, inputMB, refused } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { idleMB: number; importMB: number; inputMB: number; refused: string | null };
  return { grewMB: importMB - idleMB, inputMB, refused };
}

describe('import memory', () => {
  it('plain text: at most 100 MB + 16× the file', () => {
    const { grewMB, inputMB, refused } = peak('txt', new TextEncoder().encode(wireText(4 * 1024 * 1024)));
    expect(refused).toBeNull();
    expect(grewMB).toBeLessThan(100 + 16 * inputMB);
  });

  it('a .docx with 4 MB of text: at most 100 MB + 60× its text', async () => {
    const text = 4 * 1024 * 1024;
    const { grewMB, refused } = peak('docx', await bigParagraphDocx(text, 2000));
    expect(refused).toBeNull();
    expect(grewMB).toBeLessThan(100 + (60 * text) / 1048576);
  });

  it('a .docx whose one paragraph is 4 MB is refused with the limit, within the same bound', async () => {
    const text = 4 * 1024 * 1024;
    const { grewMB, refused } = peak('docx', await bigParagraphDocx(text));
    expect(refused).toMatch(/run of text .* characters long; the limit is 200,000/);
    expect(grewMB).toBeLessThan(100 + (60 * text) / 1048576);
  });
});
