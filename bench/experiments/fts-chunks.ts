// What would bring a long article's save within 2× of the raw upsert while the
// index is still written in the save's transaction (issue 11 / issue 15): the
// contentless index (migration 010: content='', contentless_delete=1,
// prefix='2 3 4') re-tokenizes a row whole on any change, so a 5,000-paragraph
// body that changes one word costs tokenizing ~80,000 words ×4 (the term and
// its three prefix indexes) and flushing them at commit. Split into rows of
// CHUNK blocks, a save rewrites only the chunk whose text changed. Measured
// here on one file: the body's rewrite as one row, as one changed chunk, and
// the raw upsert of the body JSON, alternated, each in its own transaction
// (synchronous=FULL as the app). Throwaway: no migration. Not part of npm run bench:
//   . scripts/with-node.sh && npx tsx bench/experiments/fts-chunks.ts [PARAGRAPHS] [CHUNK] [RUNS]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ArticleGenerator } from '../library-db';
import { median, p95 } from '../report';

const paragraphs = Number(process.argv[2] ?? 5000);
const CHUNK = Number(process.argv[3] ?? 100);
const RUNS = Number(process.argv[4] ?? 25);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fts-chunks-'));
const db = new Database(path.join(dir, 'chunks.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const OPTIONS = `content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'${process.env.FTS_PREFIX === '' ? '' : `, prefix = '${process.env.FTS_PREFIX ?? '2 3 4'}'`}`;
db.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY, body_json TEXT NOT NULL CHECK (json_valid(body_json)));
  CREATE VIRTUAL TABLE whole USING fts5(headline, standfirst, byline, dateline, tags, body, credits, ${OPTIONS});
  CREATE VIRTUAL TABLE chunked USING fts5(headline, standfirst, byline, dateline, tags, body, credits, ${OPTIONS});`);
const generator = new ArticleGenerator(7);
// Some library around the article, so segment merges have something to do.
const others = db.transaction(() => {
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 60 }, () => generator.sentence()).join('\n\n');
    db.prepare("INSERT INTO whole (rowid, headline, standfirst, byline, dateline, tags, body, credits) VALUES (?, 'h', '', '', '', '', ?, '')").run(1000 + i, text);
    db.prepare("INSERT INTO chunked (rowid, headline, standfirst, byline, dateline, tags, body, credits) VALUES (?, 'h', '', '', '', '', ?, '')").run(100000 + i, text);
  }
});
others();
const blocks = Array.from({ length: paragraphs }, () => generator.sentence(12, 20));
const json = (i: number) => JSON.stringify({ type: 'doc', content: blocks.map((t, k) => ({ type: 'paragraph', content: [{ type: 'text', text: k === paragraphs - 1 ? `Edit ${i}.` : t }] })) });
const plainOf = (i: number, from = 0, to = paragraphs) => blocks.slice(from, to).map((t, k) => (from + k === paragraphs - 1 ? `Edit ${i}.` : t)).join('\n\n');
db.prepare('INSERT INTO articles (id, body_json) VALUES (1, ?)').run(json(-1));
const put = (table: string) => db.prepare(`INSERT OR REPLACE INTO ${table} (rowid, headline, standfirst, byline, dateline, tags, body, credits) VALUES (?, '', '', '', '', '', ?, '')`);
const putWhole = put('whole');
const putChunk = put('chunked');
db.transaction(() => {
  putWhole.run(1, plainOf(-1));
  for (let c = 0; c * CHUNK < paragraphs; c++) putChunk.run(1 + c, plainOf(-1, c * CHUNK, (c + 1) * CHUNK));
})();
const raw = db.prepare('UPDATE articles SET body_json = ? WHERE id = 1');
const lastChunk = Math.floor((paragraphs - 1) / CHUNK);
const times = { raw: [] as number[], whole: [] as number[], chunk: [] as number[] };
const timed = (fn: () => void) => {
  const t0 = performance.now();
  db.transaction(fn)();
  return performance.now() - t0;
};
for (let i = -3; i < RUNS; i++) {
  const body = json(i);
  const all = plainOf(i);
  const chunk = plainOf(i, lastChunk * CHUNK, paragraphs);
  const r = timed(() => raw.run(body));
  const w = timed(() => putWhole.run(1, all));
  const c = timed(() => putChunk.run(1 + lastChunk, chunk));
  if (i < 0) continue;
  times.raw.push(r);
  times.whole.push(w);
  times.chunk.push(c);
}
console.log(`${paragraphs} paragraphs, chunks of ${CHUNK} blocks, ${RUNS} runs; loadavg ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
for (const [name, values] of Object.entries(times)) console.log(`${name.padEnd(6)} p50 ${median(values).toFixed(2).padStart(7)} ms   p95 ${p95(values).toFixed(2).padStart(7)} ms`);
db.close();
fs.rmSync(dir, { recursive: true, force: true });
