// The desk's query language: any string parses, nothing reaches FTS5 except
// quoted strings and the parser's own operators, and every output runs on a
// real FTS5 table without an error.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/query';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
db.prepare('INSERT INTO t (a, b) VALUES (?, ?)').run('Council budget vote on the seventh floor', 'Café owners said “no” to the bridge OR tunnel plan');
db.prepare('INSERT INTO t (a, b) VALUES (?, ?)').run('River bridge reopens', 'Parking was the main complaint');
afterAll(() => db.close());
const search = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck();
const find = (q: string) => {
  const parsed = parseQuery(q);
  if (!parsed.match) return [];
  const found = search.all(parsed.match) as number[];
  const excluded = parsed.exclude ? new Set(search.all(parsed.exclude) as number[]) : new Set<number>();
  return found.filter((r) => !excluded.has(r));
};

// What may appear outside quoted strings: the parser's operators, brackets, the prefix star, spaces.
const OUTSIDE_QUOTES = /^(?:\s|\(|\)|\*|AND|OR)*$/;
const withoutStrings = (fts: string) => fts.replace(/"(?:[^"]|"")*"/g, ' ');

const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('"', '-', 'OR', 'AND', 'NOT', 'NEAR(', ')', '(', '*', ':', '^', '{a}', 'col:', ' ', 'café', 'x', '\u0000', '\ud800', '""'), { maxLength: 16 }).map((parts) => parts.join('')),
);

describe('parseQuery', () => {
  it('parses any string; outside its quoted strings there are only its own operators; FTS5 never throws on it', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const parsed = parseQuery(input);
        for (const fts of [parsed.match, parsed.exclude]) {
          if (fts === null) continue;
          expect(withoutStrings(fts)).toMatch(OUTSIDE_QUOTES);
          expect(() => search.all(fts)).not.toThrow();
        }
      }),
      { numRuns: 600 },
    );
  });

  it('all words must match; the last word is a prefix while typing, not after a space', () => {
    expect(find('council seventh')).toEqual([1]);
    expect(find('council river')).toEqual([]);
    expect(find('counc')).toEqual([1]);
    expect(find('counc ')).toEqual([]);
    expect(parseQuery('counc').match).toBe('"counc"*');
  });

  it('a quoted phrase matches words in that order only', () => {
    expect(find('"seventh floor"')).toEqual([1]);
    expect(find('"floor seventh"')).toEqual([]);
  });

  it('-word leaves out, OR offers either, accents and case do not matter', () => {
    expect(find('bridge -parking')).toEqual([1]);
    expect(find('-parking bridge ')).toEqual([1]);
    expect(find('seventh OR reopens ')).toEqual([1, 2]);
    expect(find('CAFE ')).toEqual([1]);
    expect(find('rivér ')).toEqual([2]);
  });

  it('what does not read as the language is searched as plain words', () => {
    // An unclosed quote, FTS5 operators typed as words, a lone OR, column filters.
    expect(find('"seventh floor')).toEqual([1]);
    expect(find('council* (budget) ^vote')).toEqual([1]);
    expect(find('NEAR(council budget)')).toEqual([]);
    expect(find('OR bridge OR')).toEqual([1, 2]);
    expect(find('a:council')).toEqual([]);
    expect(parseQuery('budget NOT vote').match).toBe('"budget" AND "NOT" AND "vote"*');
    expect(parseQuery('   ').match).toBeNull();
    expect(parseQuery('- " -- ***').match).toBeNull();
  });
});

describe('snippetFor', () => {
  it('shows the words around the first match, body first, each match highlighted, folded like the index', async () => {
    const { snippetFor } = await import('../../../shared/search/highlight');
    const body = 'The meeting ran late.\n\nCouncillors met on the seventh floor of the old town hall, where the Café stayed open.';
    const s = snippetFor([body, 'Headline about cafe'], parseQuery('"seventh floor" CAFE'));
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['seventh floor', 'Café']);
    expect(s.text).toMatch(/^…late\. Councillors met on the seventh floor/);
    expect(s.text).not.toMatch(/\n/);
    const prefix = snippetFor(['Nothing here.', 'Budgets are tight'], parseQuery('budg'));
    expect(prefix.highlights.map(([a, b]) => prefix.text.slice(a, b))).toEqual(['Budgets']);
  });

  it('any text and query give ranges inside the text, in order', async () => {
    const { snippetFor } = await import('../../../shared/search/highlight');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { minLength: 1, maxLength: 3 }), hostile, (texts, q) => {
        const s = snippetFor(texts, parseQuery(q));
        let at = 0;
        for (const [a, b] of s.highlights) {
          expect(a).toBeGreaterThanOrEqual(at);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(s.text.length);
          at = b;
        }
      }),
      { numRuns: 300 },
    );
  });
});
