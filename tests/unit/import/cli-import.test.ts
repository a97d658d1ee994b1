// `copydesk import` end to end through the real CLI on a real SQLite file:
// the seed's "Done when", readable output, and bad input refused with one line,
// a non-zero exit and a byte-identical database.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';
import { outline } from './outline';
import { councilDocx, PNG } from './council-docx';
import { everyNodeBody } from '../../support/docs';
import { SEED_PATH } from '../../support/seed';
import { MAX_IMPORT_BYTES } from '../../../shared/import/accepted';

const SEED = SEED_PATH;
const tmp = tempDir('copydesk-import-cli-');
const db = tmp.file('import.db');
afterAll(() => tmp.cleanup());

function write(name: string, data: string | Uint8Array): string {
  const file = tmp.file(name);
  fs.writeFileSync(file, data);
  return file;
}

function sparse(name: string, size: number): string {
  const file = write(name, '');
  fs.truncateSync(file, size);
  return file;
}

let seedId = '';
let seedSummary: Record<string, unknown> = {};
beforeAll(() => {
  const run = runCli(['import', SEED, '--json', '--db', db, '--create']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const out = JSON.parse(run.stdout) as { id: string; summary: Record<string, unknown> };
  seedId = out.id;
  seedSummary = out.summary;
});

describe('copydesk import', () => {
  it('stores the seed article as the issue describes and prints { id, summary }', () => {
    expect(seedId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seedSummary).toMatchObject({ format: 'txt', paragraphs: 13 });
    expect((seedSummary.quotes as unknown[]).length).toBe(5);
    const services = openServices(db);
    try {
      const article = services.articles.get(seedId);
      expect(article.headline).toBe(
        'Syria Peace Talks Stall Between U.S. And Russia: ‘Grave Differences’ At G20 Summit Between Nations',
      );
      const shape = outline(article.body);
      expect(shape.filter((b) => b === 'p')).toHaveLength(13);
      expect(shape.filter((b) => b.startsWith('quote'))).toHaveLength(5);
      expect(shape[0]).toBe('photo(Chip Somodevilla/Getty Images)');
      expect(JSON.stringify(article.body)).not.toMatch(/Share this article|More from Inquisitr|\[Photo by/);
    } finally {
      services.close();
    }
  });

  it('prints a readable summary without --json', () => {
    const run = runCli(['import', path.resolve(__dirname, '../../fixtures/import/ap-wire.txt'), '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Imported .*ap-wire\.txt as [0-9a-f-]{36}\n/);
    expect(run.stdout).toContain('  Dateline:   WASHINGTON (AP)');
    expect(run.stdout).toContain('J. Scott Applewhite / AP');
    expect(run.stdout).toContain('copyright footer: Copyright 2026 The Associated Press.');
  });

  it('imports a .docx with its image stored as an asset', async () => {
    const file = write('council.docx', await councilDocx());
    const run = runCli(['import', file, '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { id, summary } = JSON.parse(run.stdout) as { id: string; summary: { format: string; photos: { hasImage: boolean }[] } };
    expect(summary.format).toBe('docx');
    expect(summary.photos).toEqual([expect.objectContaining({ hasImage: true, photographer: 'Sam Lee' })]);
    const services = openServices(db);
    try {
      const article = services.articles.get(id);
      expect(outline(article.body)).toEqual(['p', 'h2', 'ul×2', 'p', 'quote×1(Mayor Ana Ruiz)', 'photo(Sam Lee/City Times)', 'p']);
      const photo = (article.body.content as { type: string; attrs?: { asset?: string } }[]).find((b) => b.type === 'photo')!;
      expect(Buffer.from(services.assets.get(photo.attrs!.asset!)!.bytes).equals(PNG)).toBe(true);
    } finally {
      services.close();
    }
  });

  it('stores interchange JSON as it is and summarizes what it holds', () => {
    const file = write('article.json', JSON.stringify({
      headline: 'Every node', standfirst: 'S', byline: 'Jane Reporter', dateline: 'PARIS', section: 'World',
      tags: ['a'], status: 'editing', body: everyNodeBody(),
    }));
    const run = runCli(['import', file, '--json', '--db', db]);
    expect(run.status).toBe(0);
    const { id, summary } = JSON.parse(run.stdout) as { id: string; summary: Record<string, unknown> };
    expect(summary).toMatchObject({
      format: 'json',
      headline: { value: 'Every node' },
      byline: { value: 'Jane Reporter' },
      headings: 3,
      lists: 2,
      quotes: [expect.objectContaining({ paragraphs: 2, attribution: 'The Guardian' }), expect.objectContaining({ attribution: '' })],
      photos: [expect.objectContaining({ photographer: 'Chip Somodevilla', hasImage: true }), expect.objectContaining({ agency: 'AP' })],
      dropped: [],
    });
    const services = openServices(db);
    try {
      const article = services.articles.get(id);
      expect(article).toMatchObject({ standfirst: 'S', dateline: 'PARIS', status: 'editing', tags: ['a'], body: everyNodeBody() });
    } finally {
      services.close();
    }
  });

  it('takes --format over the extension', () => {
    const file = write('story.dat', 'A headline\n\nA paragraph.\n');
    const refused = runCli(['import', file, '--db', db]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/Cannot tell what kind of file .*story\.dat.*--format/);
    const run = runCli(['import', file, '--format', 'txt', '--json', '--db', db]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { headline: { value: string } } }).summary.headline.value).toBe('A headline');
  });

  const bad: [string, () => string[], RegExp, number][] = [
    ['an empty file', () => ['import', write('empty.txt', '')], /Cannot import .*empty\.txt: the file is empty\./, 1],
    ['only whitespace', () => ['import', write('blank.txt', ' \n\n\t\n')], /Cannot import .*blank\.txt: there is no text in it\./, 1],
    ['a missing file', () => ['import', tmp.file('nope.txt')], /Cannot read .*nope\.txt: no such file\./, 1],
    ['a folder', () => ['import', tmp.dir, '--format', 'txt'], /it is a folder, not a file/, 1],
    ['binary data named .txt', () => ['import', write('photo.txt', new Uint8Array([0xff, 0xd8, 0, 0, 1, 2]))], /not a text file/, 1],
    ['a .docx that is not one', () => ['import', write('fake.docx', 'plain text, not a zip')], /not a readable Word \(\.docx\) document/, 1],
    ['broken JSON', () => ['import', write('bad.json', '{"headline":')], /it is not valid JSON/, 1],
    // Sparse: 40 MB + 1 byte on paper, no disk used; refused before it is read.
    ['a file one byte over the 40 MB limit', () => ['import', sparse('huge.txt', MAX_IMPORT_BYTES + 1)], /Cannot import .*huge\.txt: it is larger than 40 MB, the most Copydesk imports\./, 1],
    ['an unknown --format', () => ['import', SEED, '--format', 'pdf'], /Unknown format "pdf"/, 2],
  ];
  for (const [name, args, message, status] of bad) {
    it(`refuses ${name} with one line and leaves the database byte-identical`, () => {
      const before = fingerprint(db);
      const run = runCli([...args(), '--db', db]);
      expect(run.status).toBe(status);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(fingerprint(db)).toBe(before);
    });
  }
});
