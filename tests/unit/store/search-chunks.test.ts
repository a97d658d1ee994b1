// Long bodies indexed in chunks (migration 015, shared/search/chunks.ts,
// store/search-rows.ts) on real SQLite files: the rows a long body takes, the
// index in step with a rebuild after every kind of write (and a save
// rewriting only the chunk it changed), migrating a version-12 database, and
// search results equal to a whole-word scan of each article's fields whatever
// chunks the words fall in — words, phrases over a chunk's end, OR, prefixes,
// words left out, ranked and broad.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openServices } from '../../../electron/main/services';
import { searchIndexProblems } from '../../../electron/main/store/search-check';
import { openDatabase } from '../../../electron/main/store/open-database';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { keepImport } from '../../../electron/main/import/keep-import';
import { ImportedImages } from '../../../electron/main/import/images';
import { bodyChunks, CHUNK_BLOCKS, OVERLAP_WORDS } from '../../../shared/search/chunks';
import { emptyFields } from '../../../shared/article/fields';
import { PLAIN_TEXT_SEPARATOR } from '../../../shared/article/body';
import { MAX_QUERY_LENGTH } from '../../../shared/search/query';
import type { DeskRow, ListFilter } from '../../../shared/article/list-page';
import { doc, p, photo } from '../../support/docs';
import { allPages, expectIndexInStep, searchDesk } from '../../support/search-desk';

const desk = searchDesk('chunks');
const inStep = () => expectIndexInStep(desk.services.db);
/** The index as a reader sees it: the text the saves left behind caught up first (store/search-catch-up.ts). */
const caughtUp = () => desk.store.searchCatchUp.catchUp();
const chunksOf = (id: string) =>
  (caughtUp(), desk.services.db).prepare('SELECT c.n, c.digest FROM article_search_chunks c JOIN article_search_keys k ON k.rowid = c.key WHERE k.id = ? ORDER BY c.n').all(id) as { n: number; digest: string }[];
const indexRowCount = () => (caughtUp(), desk.services.db).prepare('SELECT count(*) FROM article_search').pluck().get() as number;

/** A body of `n` paragraphs, the paragraph at i from `text(i)`. */
const bodyOf = (n: number, text: (i: number) => string) => doc(...Array.from({ length: n }, (_, i) => p(text(i))));
const filler = (i: number) => `Filler paragraph ${i} of the long report.`;

/** Every row of a search, every page of 3, with the given rank limit (0: always broad). */
const found = (filter: ListFilter, rankLimit = 1000): DeskRow[] => allPages(desk.services.db, filter, { limit: 3, rankLimit }).rows;
const ids = (rows: DeskRow[]) => rows.map((r) => r.id).sort();

describe('bodyChunks', () => {
  it('leaves a body of up to CHUNK_BLOCKS blocks whole and splits a longer one at block boundaries, each row followed by the next words', () => {
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => `block ${i} words here`);
    expect(bodyChunks(blocks(CHUNK_BLOCKS).join(PLAIN_TEXT_SEPARATOR))).toBeNull();
    const text = blocks(CHUNK_BLOCKS * 2 + 5).join(PLAIN_TEXT_SEPARATOR);
    const rows = bodyChunks(text)!;
    expect(rows).toHaveLength(3);
    // Each row: its chunk's blocks, then the text that follows up to OVERLAP_WORDS words (the last row: nothing).
    expect(rows[0]!.startsWith(blocks(CHUNK_BLOCKS).join(PLAIN_TEXT_SEPARATOR) + PLAIN_TEXT_SEPARATOR)).toBe(true);
    expect(rows[0]!.slice(blocks(CHUNK_BLOCKS).join(PLAIN_TEXT_SEPARATOR).length).split(/\s+/).filter(Boolean)).toHaveLength(OVERLAP_WORDS);
    expect(rows[2]).toBe(blocks(CHUNK_BLOCKS * 2 + 5).slice(CHUNK_BLOCKS * 2).join(PLAIN_TEXT_SEPARATOR));
    // Every row is a piece of the body as it stands: nothing a row holds is not the article's, in its order.
    for (const row of rows) expect(text.includes(row)).toBe(true);
    // The overlap is at least the longest phrase a query can hold, less one word.
    expect(OVERLAP_WORDS).toBeGreaterThanOrEqual(Math.floor((MAX_QUERY_LENGTH - 2 + 1) / 2) - 1);
  });

  it('counts only words it is sure the index tokenizes, so the overlap is never short of tokens', () => {
    // Punctuation alone is no token; a run of it does not count as a word.
    const text = [...Array.from({ length: CHUNK_BLOCKS }, () => 'x'), Array.from({ length: 1000 }, (_, i) => (i % 2 ? '—' : `w${i}`)).join(' ')].join(PLAIN_TEXT_SEPARATOR);
    const overlap = bodyChunks(text)![0]!.split(PLAIN_TEXT_SEPARATOR).slice(CHUNK_BLOCKS).join(' ');
    expect(overlap.split(' ').filter((w) => /\w/.test(w))).toHaveLength(OVERLAP_WORDS);
  });
});

describe('a long article in the index', () => {
  it('takes a row per chunk, and a save rewrites only the chunk whose text changed', () => {
    const long = desk.store.create({ headline: 'Long wire file', body: bodyOf(350, filler) });
    expect(chunksOf(long.id).map((c) => c.n)).toEqual([0, 1, 2, 3]);
    expect(indexRowCount()).toBe(4);
    inStep();
    const before = chunksOf(long.id);
    // The last paragraph changes: chunk 3 only (no earlier row's overlap reaches it).
    const saved = desk.store.save(long.id, long.revision, { body: bodyOf(350, (i) => (i === 349 ? 'A changed ending.' : filler(i))) });
    const after = chunksOf(long.id);
    expect(after.map((c, i) => c.digest === before[i]!.digest)).toEqual([true, true, true, false]);
    inStep();
    // The first paragraph of chunk 2 is in chunk 1's overlap too: both rows change.
    desk.store.save(long.id, saved.revision, { body: bodyOf(350, (i) => (i === 349 ? 'A changed ending.' : i === 200 ? 'Fresh opening of chunk two.' : filler(i))) });
    expect(chunksOf(long.id).map((c, i) => c.digest === after[i]!.digest)).toEqual([true, false, false, true]);
    inStep();
  });

  it('stays in step with a rebuild after create, save (short ↔ long), import, spike, unspike, delete and purge', () => {
    const a = desk.store.create({ headline: 'Short one', body: doc(p('Harbour news.')) });
    const b = desk.store.create({ headline: 'Long one', body: bodyOf(250, filler), tags: ['Ports'] });
    inStep();
    // Short → long, long → longer, long → short, and a save of a field beside the body.
    const a2 = desk.store.save(a.id, a.revision, { body: bodyOf(120, (i) => `Harbour paragraph ${i}.`) });
    expect(chunksOf(a.id)).toHaveLength(2);
    inStep();
    const b2 = desk.store.save(b.id, b.revision, { body: bodyOf(420, filler) });
    expect(chunksOf(b.id)).toHaveLength(5);
    inStep();
    const b3 = desk.store.save(b.id, b2.revision, { headline: 'Long one, retitled', standfirst: 'Still long' });
    inStep();
    expect(found({ query: 'retitled ' }).map((r) => r.id)).toEqual([b.id]);
    desk.store.save(a.id, a2.revision, { body: doc(p('Short again.')) });
    expect(chunksOf(a.id)).toEqual([]);
    inStep();
    const b4 = desk.store.save(b.id, b3.revision, { body: bodyOf(101, filler) });
    expect(chunksOf(b.id)).toHaveLength(2);
    desk.store.save(b.id, b4.revision, { body: bodyOf(100, filler) });
    expect(chunksOf(b.id)).toEqual([]);
    inStep();
    // Import goes through create (electron/main/import/keep-import.ts).
    const imported = keepImport({ db: desk.services.db, articles: desk.store }, { ...emptyFields(), headline: 'Wire dump', body: bodyOf(230, (i) => `Wire item ${i}.`) }, new ImportedImages());
    expect(chunksOf(imported.id)).toHaveLength(3);
    inStep();
    desk.store.spike(imported.id);
    expect(found({ query: 'wire ' })).toEqual([]);
    expect(found({ query: 'wire ', spiked: true }).map((r) => r.id)).toEqual([imported.id]);
    desk.store.unspike(imported.id);
    inStep();
    desk.store.spike(imported.id);
    expect(desk.store.purgeSpiked(new Date(desk.clock() + 1))).toBe(1);
    inStep();
    const c = desk.store.create({ headline: 'Another long one', body: bodyOf(300, filler) });
    desk.store.spike(c.id);
    desk.store.delete(c.id);
    inStep();
    expect(desk.services.db.prepare('SELECT count(*) FROM article_search_chunks').pluck().get()).toBe(0);
    expect(indexRowCount()).toBe(2);
  });

  it('doctor names a long article whose chunk rows are not laid out as its text asks', () => {
    const long = desk.store.create({ headline: 'Long wire file', body: bodyOf(250, filler) });
    caughtUp();
    desk.services.db.prepare('DELETE FROM article_search_chunks WHERE n = 2').run();
    expect(searchIndexProblems(desk.services.db).join('\n')).toMatch(/Long wire file.*not laid out/);
    expect(long.id).toBeTruthy();
  });

  it('finds a phrase as long as a query can hold across a chunk’s end', () => {
    // Block 99 ends chunk 0 with "q"; block 100 opens chunk 1 with many "z": "q z z … z" of 249 words spans the two.
    const body = bodyOf(220, (i) => (i === 99 ? 'q' : i === 100 ? Array(300).fill('z').join(' ') : filler(i)));
    const long = desk.store.create({ headline: 'Long', body });
    const phrase = `"q ${Array(248).fill('z').join(' ')}"`;
    expect(phrase.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(found({ query: phrase }).map((r) => r.id)).toEqual([long.id]);
    expect(found({ query: '"z q"' })).toEqual([]);
  });

  it('ranks headline hits of long articles above body hits, as for short ones', () => {
    const inBody = desk.store.create({ headline: 'Budget', body: bodyOf(20, (i) => (i === 3 ? 'The lighthouse keeper spoke.' : filler(i))) });
    const inHeadline = desk.store.create({ headline: 'Lighthouse closes', body: bodyOf(300, filler) });
    const longBody = desk.store.create({ headline: 'Other', body: bodyOf(300, (i) => (i === 250 ? 'A lighthouse far out.' : filler(i))) });
    const rows = found({ query: 'lighthouse ' });
    expect(rows[0]!.id).toBe(inHeadline.id);
    expect(ids(rows)).toEqual([inBody.id, inHeadline.id, longBody.id].sort());
    expect(rows.find((r) => r.id === longBody.id)!.snippet!.highlights.length).toBeGreaterThan(0);
  });
});

describe('results equal a whole-word scan of the articles, whatever chunk the words are in', () => {
  // A few rare words strewn over filler, so groups fall in different chunks (and in headlines, tags, credits).
  const RARE = ['alder', 'birch', 'cedar', 'dogwood', 'elm', 'fir', 'gum', 'hazel'];
  function random(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const rand = random(11);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const paragraph = () => Array.from({ length: 6 }, () => (rand() < 0.05 ? pick(RARE) : pick(['the', 'forest', 'road', 'wood']))).join(' ');

  interface Made {
    id: string;
    fields: string[];
  }
  function seedLibrary(): Made[] {
    const made: Made[] = [];
    for (let i = 0; i < 14; i++) {
      const blocks = i % 2 === 0 ? 230 + i : 8 + i;
      const texts = Array.from({ length: blocks }, paragraph);
      // Phrases over the first chunk's end in some long ones ("alder birch" from block 99 into 100).
      if (i % 4 === 0) (texts[99] = 'the road alder'), (texts[100] = 'birch forest');
      const headline = rand() < 0.3 ? `Story ${pick(RARE)}` : `Story ${i}`;
      const tags = rand() < 0.3 ? [pick(RARE)] : [];
      const photographer = rand() < 0.3 ? `Ann ${pick(RARE)}` : 'Ann Lee';
      const article = desk.store.create({ headline, tags, body: doc(...texts.map((t) => p(t)), photo({ photographer })) });
      const stored = (caughtUp(), desk.services.db).prepare('SELECT plain_text FROM articles WHERE id = ?').pluck().get(article.id) as string;
      made.push({ id: article.id, fields: [headline, '', '', '', tags.join('\n'), stored, photographer] });
    }
    return made;
  }

  type Term = { words: readonly string[]; prefix: boolean };
  const tokens = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const holds = (fields: string[], term: Term) =>
    fields.some((field) => {
      const toks = tokens(field);
      return toks.some((_, i) => term.words.every((w, k) => (term.prefix && k === term.words.length - 1 ? toks[i + k]?.startsWith(w) : toks[i + k] === w)));
    });

  const word = fc.constantFrom(...RARE, 'forest', 'story');
  const term = fc.oneof(
    word.map((w) => ({ text: w, words: [w], prefix: false })),
    fc.tuple(word, word).map(([a, b]) => ({ text: `"${a} ${b}"`, words: [a, b], prefix: false })),
    fc.constant({ text: '"alder birch"', words: ['alder', 'birch'], prefix: false }),
  );
  const query = fc.record({
    groups: fc.array(fc.array(term, { minLength: 1, maxLength: 2 }), { minLength: 0, maxLength: 3 }),
    none: fc.array(word, { maxLength: 2 }),
    prefix: fc.option(fc.constantFrom('ald', 'bi', 'ced', 'dogw', 'haz'), { nil: undefined }),
  });

  it('for words, phrases, OR, prefixes and words left out, ranked and broad', () => {
    const made = seedLibrary();
    expect(made.filter((m) => chunksOf(m.id).length > 0)).toHaveLength(7);
    inStep();
    fc.assert(
      // Rank limits: always broad, ranked or broad by the count (long articles counted in), always ranked.
      fc.property(query, fc.constantFrom(0, 3, 1000), ({ groups, none, prefix }, rankLimit) => {
        const text = [...groups.map((g) => g.map((t) => t.text).join(' OR ')), ...none.map((w) => `-${w}`), ...(prefix ? [prefix] : [])].join(' ');
        const all: Term[][] = [...groups, ...(prefix ? [[{ words: [prefix], prefix: true }]] : [])];
        if (all.length === 0) return;
        const expected = made.filter((m) => all.every((g) => g.some((t) => holds(m.fields, t))) && !none.some((w) => holds(m.fields, { words: [w], prefix: false })));
        expect(ids(found({ query: text }, rankLimit)), text).toEqual(expected.map((m) => m.id).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('for words left out alone (the list, less those articles)', () => {
    const made = seedLibrary();
    for (const w of RARE.slice(0, 4)) expect(ids(found({ query: `-${w}` }))).toEqual(made.filter((m) => !holds(m.fields, { words: [w], prefix: false })).map((m) => m.id).sort());
  });
});

describe('migration 015 on a database made by migration 012 (13 and 14 run between)', () => {
  it('lays long articles out in chunks after the backup, leaving short ones as they were', () => {
    const file = desk.newFile('v12');
    const raw = openDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
    const insert = raw.prepare(
      `INSERT INTO articles (id, slug, headline, standfirst, section, tags_json, status, body_json, plain_text, word_count, created_at, updated_at)
       VALUES (?, 'x', ?, '', 'World', '[]', 'draft', ?, ?, 3, '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')`,
    );
    const longBlocks = Array.from({ length: 260 }, (_, i) => (i === 10 ? 'The mayor spoke.' : i === 240 ? 'Budget approved.' : filler(i)));
    const longBody = JSON.stringify(doc(...longBlocks.map((t) => p(t)), photo({ photographer: 'Olga Petrova' })));
    insert.run('00000000-0000-4000-8000-000000000001', 'Council marathon', longBody, longBlocks.join(PLAIN_TEXT_SEPARATOR));
    insert.run('00000000-0000-4000-8000-000000000002', 'Short item', JSON.stringify(doc(p('The mayor resigns.'))), 'The mayor resigns.');
    raw.prepare(`INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
      SELECT updated_at, id, headline, lower(headline), slug, status, section, word_count, revision FROM articles`).run();
    raw.close();
    // Migrations 10 to 12 as that version ran them: one row per article.
    const v12 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 12) });
    expect(v12.pragma('user_version', { simple: true })).toBe(12);
    expect(v12.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(2);
    // Doctor reads a file as it is: one row per article is in step for that version.
    expect(searchIndexProblems(v12)).toEqual([]);
    v12.close();

    desk.services.close();
    desk.services = openServices(file);
    desk.store = desk.storeOf(desk.services);
    expect(desk.services.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15);
    const backup = new Database(`${file}.v12-backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(12);
    backup.close();
    expect(chunksOf('00000000-0000-4000-8000-000000000001').map((c) => c.n)).toEqual([0, 1, 2]);
    expect(chunksOf('00000000-0000-4000-8000-000000000002')).toEqual([]);
    expect(indexRowCount()).toBe(4);
    inStep();
    // Words in chunk 0 and chunk 2, the photographer (row 0), a phrase; the short article as before.
    expect(found({ query: 'mayor budget ' }).map((r) => r.headline)).toEqual(['Council marathon']);
    expect(found({ query: 'petrova approved ' }).map((r) => r.headline)).toEqual(['Council marathon']);
    expect(found({ query: '"mayor spoke"' }).map((r) => r.headline)).toEqual(['Council marathon']);
    expect(found({ query: 'mayor -approved ' }).map((r) => r.headline)).toEqual(['Short item']);
    expect(found({ query: 'mayor ' }).map((r) => r.headline).sort()).toEqual(['Council marathon', 'Short item']);
  });
});
