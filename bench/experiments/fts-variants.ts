// What the full-text index costs a save of a long article, and what other
// FTS5 table definitions would cost instead (issue 11, save at 5,000
// paragraphs): each variant's table on its own file beside an articles-like
// table, and a save-like transaction — UPDATE of the body text and plain text
// plus the index row's rewrite — against the raw upsert of the body text alone
// (what bench/save.ts compares with). Alternated, medians of RUNS. The variants:
//   current               migration 007's table: its own copy of the text, prefix '2 3'
//   contentless-delete    content='', contentless_delete=1 (issue 15's migration 010):
//                         a rewrite no longer re-tokenizes the old text
//   … automerge 0         no segment merging inside a write (it would move to idle time)
//   … without prefix      the same without the 2- and 3-letter prefix indexes
// Throwaway: no migration here. Not part of npm run bench:
//   . scripts/with-node.sh && npx tsx bench/experiments/fts-variants.ts [PARAGRAPHS] [RUNS]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ArticleGenerator } from '../library-db';
import { median, p95 } from '../report';

const paragraphs = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 25);
const COLUMNS = 'headline, standfirst, byline, dateline, tags, body, credits';
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";
const VARIANTS: Record<string, [options: string, config?: string]> = {
  current: [`${TOKENIZE}, prefix = '2 3'`],
  'contentless-delete': [`${TOKENIZE}, prefix = '2 3', content = '', contentless_delete = 1`],
  'current, automerge 0': [`${TOKENIZE}, prefix = '2 3'`, 'automerge'],
  'contentless-delete, automerge 0': [`${TOKENIZE}, prefix = '2 3', content = '', contentless_delete = 1`, 'automerge'],
  'current, no prefix indexes': [TOKENIZE],
  'contentless-delete, no prefix indexes': [`${TOKENIZE}, content = '', contentless_delete = 1`],
};

const generator = new ArticleGenerator(7);
const blocks = Array.from({ length: paragraphs }, () => generator.sentence(12, 20));
const bodyText = (i: number) =>
  JSON.stringify({ type: 'doc', content: [...blocks.slice(0, -1), `Edit ${i}.`].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const plainText = (i: number) => [...blocks.slice(0, -1), `Edit ${i}.`].join('\n\n');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fts-variants-'));

interface Bench {
  name: string;
  save: (i: number) => void;
  raw: (i: number) => void;
  times: number[];
  rawTimes: number[];
}
const benches: Bench[] = Object.entries(VARIANTS).map(([name, [options, config]], k) => {
  const db = new Database(path.join(dir, `v${k}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY, body_json TEXT NOT NULL, plain_text TEXT NOT NULL, revision INTEGER NOT NULL);
           CREATE VIRTUAL TABLE article_search USING fts5(${COLUMNS}, ${options});`);
  // No merging of segments inside a write: it would be left to idle time ('merge' commands), not measured here.
  if (config === 'automerge') db.exec("INSERT INTO article_search (article_search, rank) VALUES ('automerge', 0)");
  db.prepare('INSERT INTO articles VALUES (1, ?, ?, 1), (2, ?, ?, 1)').run(bodyText(-1), plainText(-1), bodyText(-1), plainText(-1));
  const index = db.prepare(`INSERT INTO article_search (rowid, ${COLUMNS}) VALUES (1, 'Headline', '', '', '', '', ?, '')`);
  index.run(plainText(-1));
  const article = db.prepare('UPDATE articles SET body_json = ?, plain_text = ?, revision = revision + 1 WHERE id = 1');
  // A contentless table keeps no text to coalesce with: every column is given, as its migration's store would.
  const rewrite = db.prepare(`UPDATE article_search SET headline = 'Headline', standfirst = '', byline = '', dateline = '', tags = '', body = ?, credits = '' WHERE rowid = 1`);
  const upsert = db.prepare('UPDATE articles SET body_json = ?, revision = revision + 1 WHERE id = 2');
  const save = db.transaction((i: number) => {
    article.run(bodyText(i), plainText(i));
    rewrite.run(plainText(i));
  });
  const raw = db.transaction((i: number) => upsert.run(bodyText(i)));
  return { name, save, raw, times: [], rawTimes: [] };
});

for (let i = -3; i < RUNS; i++) {
  for (const bench of benches) {
    // The texts are built outside the timing, as a save receives them.
    bodyText(i);
    let t0 = performance.now();
    bench.save(i);
    const saveMs = performance.now() - t0;
    t0 = performance.now();
    bench.raw(i);
    const rawMs = performance.now() - t0;
    if (i >= 0) {
      bench.times.push(saveMs);
      bench.rawTimes.push(rawMs);
    }
  }
}
console.log(`${paragraphs} paragraphs (${(bodyText(0).length / 1024).toFixed(0)} KB of JSON), ${RUNS} runs; loadavg ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
console.log('variant'.padEnd(40), 'write p50', 'raw p50', 'ratio p50', ' write p95', 'raw p95', 'ratio p95');
for (const b of benches) {
  const [s50, r50, s95, r95] = [median(b.times), median(b.rawTimes), p95(b.times), p95(b.rawTimes)];
  console.log(
    b.name.padEnd(40),
    `${s50.toFixed(1)} ms`.padStart(9),
    `${r50.toFixed(1)} ms`.padStart(8),
    `${(s50 / r50).toFixed(2)}×`.padStart(9),
    `${s95.toFixed(1)} ms`.padStart(10),
    `${r95.toFixed(1)} ms`.padStart(8),
    `${(s95 / r95).toFixed(2)}×`.padStart(9),
  );
}
fs.rmSync(dir, { recursive: true, force: true });
