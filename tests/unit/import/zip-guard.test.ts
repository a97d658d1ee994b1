// A .docx is measured before mammoth unzips it: real sizes, not declared ones,
// against a budget; a zip bomb is refused with a reason, and nothing is stored.
import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkZipBudget, MAX_UNZIPPED_BYTES, ZipRefused } from '../../../electron/main/import/zip-guard';
import { makeZip } from '../../support/zip';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';
import { openServices } from '../../../electron/main/services';
import { councilDocx } from './council-docx';

const MB = 1024 * 1024;
const zeros = (n: number) => Buffer.alloc(n);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipRefused);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('checkZipBudget', () => {
  it('lets a real Word document through, measuring what it unpacks to', async () => {
    const docx = await councilDocx();
    const size = checkZipBudget(docx);
    expect(size).toBeGreaterThan(docx.length);
    expect(size).toBeLessThan(MAX_UNZIPPED_BYTES);
  });

  it('refuses a bomb: a small file that inflates past the budget', () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: zeros(8 * MB) }]);
    expect(bomb.length).toBeLessThan(20_000);
    expect(refusal(() => checkZipBudget(bomb, 1 * MB))).toMatch(/more than 1 MB.*zip bomb/);
  });

  it('measures real sizes: a zip that declares a tiny size but inflates to a large one is still refused', () => {
    const liar = makeZip([{ name: 'word/document.xml', data: zeros(8 * MB), declaredSize: 100 }]);
    expect(refusal(() => checkZipBudget(liar, 1 * MB))).toMatch(/zip bomb/);
  });

  it('counts every entry towards one budget, stored ones too', () => {
    const parts = makeZip([
      { name: 'a.xml', data: zeros(600 * 1024) },
      { name: 'media/b.png', data: crypto.randomBytes(600 * 1024), method: 0 },
    ]);
    expect(refusal(() => checkZipBudget(parts, 1 * MB))).toMatch(/zip bomb/);
    expect(checkZipBudget(parts, 2 * MB)).toBe(1200 * 1024);
  });

  it('refuses what is not a zip, a damaged table of contents, a cut-short part and an unknown compression method', () => {
    expect(refusal(() => checkZipBudget(Buffer.from('PK but not really a zip file at all, just text')))).toMatch(/not a zip/);
    const good = makeZip([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    const damaged = Buffer.from(good);
    damaged.writeUInt32LE(0, damaged.length - 22 - 50); // inside the central directory entry
    expect(refusal(() => checkZipBudget(damaged))).toMatch(/damaged/);
    expect(refusal(() => checkZipBudget(Buffer.concat([good.subarray(0, 20), good.subarray(good.length - 60)])))).toMatch(/damaged|cut short/);
    expect(refusal(() => checkZipBudget(makeZip([{ name: 'a.xml', data: Buffer.from('x'), method: 12 }])))).toMatch(/compression method \(12\)/);
    const corrupt = makeZip([{ name: 'a.xml', data: Buffer.from('x'), deflated: Buffer.from([0xff, 0xff, 0xff]) }]);
    expect(refusal(() => checkZipBudget(corrupt))).toMatch(/cannot be decompressed/);
  });
});

describe('importing a zip bomb named .docx', () => {
  it('is refused with one clear line, at the real budget, and the database is left exactly as it was', () => {
    // Ten entries sharing one deflated body of 30 MB of zeros: 300 MB unpacked, about 300 KB on disk.
    const body = zlib.deflateRawSync(zeros(30 * MB));
    const bomb = makeZip(Array.from({ length: 10 }, (_, i) => ({ name: `word/part${i}.xml`, data: Buffer.alloc(0), declaredSize: 30 * MB, deflated: body })));
    expect(bomb.length).toBeLessThan(1 * MB);
    const file = tmp.file('quarterly-report.docx');
    fs.writeFileSync(file, bomb);
    const db = tmp.file(`bomb-${crypto.randomUUID()}.db`);
    openServices(db).close();
    const before = fingerprint(db);

    const run = runCli(['import', file, '--db', db]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/quarterly-report\.docx.*is not a readable Word \(\.docx\) document: it would unpack to more than 256 MB/);
    expect(fingerprint(db)).toBe(before);
  });
});
