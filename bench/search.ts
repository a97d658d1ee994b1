// npm run bench:search — full-text search at a working journalist's scale
// (DESIGN §8), on the cached 100,000-article library (bench/library-db.ts:
// ~800 words each, a 200,000-word vocabulary drawn by Zipf's law so rare words
// are in a few dozen articles, quotes with attributions, photos with captions
// and credits):
//   index build      migration 010's rebuild and 015's chunks for long bodies
//                    on a copy of the library (what an upgrade costs once)
//   search           listArticles through dispatch (parse, bm25, one page of
//                    50 with snippets) for rare words, phrases, prefixes and the
//                    commonest word: median and p95 of RUNS each
//   LIKE baseline    the same words as `LIKE '%…%'` over exactly the indexed
//                    fields (headline, standfirst, byline, dateline, tags, the
//                    body's plain text, the photo credits kept beside the
//                    index's key) of the same file, as ratios
//   same set         every id FTS finds equals what the LIKE scan finds once
//                    refined to whole words within one field (LIKE matches
//                    inside words and across fields; a phrase in FTS does not)
//   list page        the plain first page and a page by cursor
//   insert           creates per second with the index on, and off (the index
//                    writes discarded), in a fresh file
// Not part of npm test; no assertions: targets missed are reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openServices } from '../electron/main/services';
import { migrate } from '../electron/main/store/migrate';
import { migration010 } from '../electron/main/store/migrations/010-search-index';
import { migration015 } from '../electron/main/store/migrations/015-search-chunks';
import { KEY_OF_ROW } from '../electron/main/store/search-rows';
import { createDispatch } from '../electron/main/ipc/dispatch';
import { createHandlers } from '../electron/main/ipc/handlers';
import { METHODS } from '../shared/ipc/channels';
import type { ArticlePage } from '../shared/article/list-page';
import { foldForSearch } from '../shared/article/headline-search';
import { parseQuery } from '../shared/search/query';
import { ArticleGenerator, libraryDb } from './library-db';
import { median, p95, ratioRow, writeSuite, type BenchRow } from './report';

const started = new Date();
const COUNT = Number(process.env.BENCH_SEARCH_SIZE ?? 100_000);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 9);
const INSERTS = Number(process.env.BENCH_SEARCH_INSERTS ?? 1000);
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const label = COUNT >= 1000 ? `${COUNT / 1000}k` : String(COUNT);
const rows: BenchRow[] = [];
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

// 1. The index for an existing library: migration 010 (the index rebuilt with
// prefixes of 4 and no copy of the text), then 013 (long bodies in chunks), on a
// copy of the library.
// BENCH_SEARCH_MIGRATED=/path/file.db keeps that migrated copy and reuses it on
// later runs (the build is then not timed again).
const source = libraryDb(COUNT);
const reuse = process.env.BENCH_SEARCH_MIGRATED;
const file = reuse ?? path.join(os.tmpdir(), `copydesk-bench-search-${process.pid}.db`);
let buildSeconds: number | null = null;
if (!reuse || !fs.existsSync(reuse)) {
  fs.copyFileSync(source, file);
  const raw = new Database(file);
  const version = raw.pragma('user_version', { simple: true }) as number;
  // A library cached before migration 010 upgrades; one built since (version 10 or later) has its index rebuilt by the
  // same steps (010's rebuild, then 015's chunks for long bodies), and is brought to the latest version without the
  // app's pre-migration backup (a copy of the whole file: not what is being timed).
  if (version < 9) throw new Error(`${source} is a version-${version} library; rebuild the cache`);
  const rebuild = () => {
    raw.exec('ALTER TABLE article_search_keys DROP COLUMN credits; ALTER TABLE article_search_keys DROP COLUMN digest');
    if (version >= 15) raw.exec('DROP TRIGGER article_search_chunk_delete; DROP TABLE article_search_chunks');
    migration010.up(raw);
    if (version >= 15) migration015.up(raw);
  };
  const [, ms] = time(() => {
    if (version > 9) raw.transaction(rebuild).immediate();
    migrate(raw);
  });
  buildSeconds = ms / 1000;
  console.log(`[bench] index rebuilt (migrations 010 and 015) in ${buildSeconds.toFixed(1)} s (loadavg ${os.loadavg().map((n) => n.toFixed(1)).join(' ')})`);
  raw.close();
} else console.log(`[bench] reusing the migrated copy ${reuse} (build not timed)`);
if (buildSeconds !== null) rows.push({ id: `search.build.${label}`, what: `rebuild the search index (migrations 010 and 015), ${label} articles, seconds`, value: buildSeconds, unit: 'count', target: 'once, at upgrade' });
const services = openServices(file);
const db = services.db;
const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true });

// 2. The queries, chosen from the index's own vocabulary (document counts from fts5vocab).
db.exec('CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, article_search, row)');
const terms = db.prepare('SELECT term, doc FROM temp.vocab WHERE length(term) >= 5 AND term GLOB \'[a-z]*\' ORDER BY doc').all() as { term: string; doc: number }[];
const commonest = (db.prepare('SELECT term FROM temp.vocab ORDER BY doc DESC, cnt DESC LIMIT 1').pluck().get() as string);
const pick = (from: number, to: number, n: number) => {
  const inBand = terms.filter((t) => t.doc >= from && t.doc <= to);
  const band = inBand.length ? inBand : terms.filter((t) => t.doc >= from).slice(0, n);
  return Array.from({ length: n }, (_, i) => band[Math.floor(((i + 0.5) * band.length) / n)]?.term).filter((t): t is string => Boolean(t));
};
const rare = pick(3, Math.max(20, COUNT / 1000), 5);
const prefixes = pick(COUNT / 50, COUNT / 5, 5).map((t) => t.slice(0, 4));
const phrases = Array.from({ length: 5 }, (_, i) => {
  const text = db.prepare('SELECT plain_text FROM articles WHERE rowid = ?').pluck().get(1 + Math.floor(((i + 0.5) * COUNT) / 5)) as string;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  // Three plain-letter words from the middle (SQLite's LIKE folds the case of ASCII letters only, as the baseline needs).
  let at = Math.floor(words.length / 2);
  while (at + 3 < words.length && !words.slice(at, at + 3).every((w) => /^[a-z]+$/i.test(w))) at++;
  return words.slice(at, at + 3).join(' ').toLowerCase();
});
const KINDS = [
  { kind: 'rare word', queries: rare.map((w) => `${w} `), target: 50 },
  { kind: 'phrase', queries: phrases.map((p) => `"${p}"`), target: 50 },
  { kind: 'prefix', queries: prefixes, target: 50 },
  { kind: 'commonest word', queries: [`${commonest} `], target: 250 },
];

async function searchOnce(query: string): Promise<number> {
  const t0 = performance.now();
  const result = await dispatch(METHODS.listArticles, { limit: 50, filter: { query } }, APP);
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(`${query}: ${JSON.stringify(result)}`);
  return ms;
}

// The same words as a LIKE scan of exactly the indexed fields (the baseline): the article's columns and the photo
// credits kept beside the index's key. The set check refines the LIKE candidates to whole words within one field.
const FIELDS = ['a.headline', 'a.standfirst', 'a.byline', 'a.dateline', 'a.tags_json', 'a.plain_text', 'k.credits'];
const TEXT = FIELDS.join(" || char(10) || ");
const FROM = 'articles a JOIN article_search_keys k ON k.id = a.id';
const likeScan = db.prepare(`SELECT a.id, ${FIELDS.join(', ')} FROM ${FROM} WHERE ${TEXT} LIKE @pattern`).raw();
const likeCount = db.prepare(`SELECT count(*) FROM ${FROM} WHERE ${TEXT} LIKE @pattern`).pluck();
// Each query here is one word or phrase, so a long article (chunk rows, migration 015) matches when any of its rows does.
const ftsIds = db.prepare(`SELECT DISTINCT k.id FROM (SELECT ${KEY_OF_ROW} AS key FROM article_search WHERE article_search MATCH ?) m JOIN article_search_keys k ON k.rowid = m.key`).pluck();
function wholeWords(query: string): { pattern: string; test: RegExp } {
  const parsed = parseQuery(query);
  const term = parsed.all[0]![0]!;
  const words = foldForSearch(term.text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
  return { pattern: `%${words.join('%')}%`, test: new RegExp(`(^|[^\\p{L}\\p{N}])${body}${term.prefix ? '' : '($|[^\\p{L}\\p{N}])'}`, 'u') };
}
/** Each field as the index holds it (tags one by one: a phrase never runs from one tag into the next). */
function fieldsOf(row: string[]): string[] {
  const [, headline, standfirst, byline, dateline, tagsJson, plain, credits] = row as [string, ...string[]];
  return [headline!, standfirst!, byline!, dateline!, ...(JSON.parse(tagsJson!) as string[]), plain!, ...credits!.split('\n')];
}

let allSame = true;
for (const { kind, queries, target } of KINDS) {
  const times: number[] = [];
  const byQuery = new Map<string, number[]>(queries.map((q) => [q, []]));
  for (let run = 0; run < RUNS; run++)
    for (const q of queries) {
      const ms = await searchOnce(q);
      times.push(ms);
      byQuery.get(q)!.push(ms);
    }
  console.log(`[bench] ${kind}, per query (median / max ms): ${[...byQuery].map(([q, t]) => `${q.trim()} ${median(t).toFixed(1)} / ${Math.max(...t).toFixed(1)}`).join(' | ')} (loadavg ${os.loadavg()[0]!.toFixed(1)})`);
  const q0 = queries[0]!;
  const { pattern, test } = wholeWords(q0);
  const likeTimes: number[] = [];
  for (let run = 0; run < 3; run++) likeTimes.push(time(() => likeCount.get({ pattern }))[1]);
  // Same set: FTS's ids against the LIKE candidates refined to whole words.
  const like = new Set((likeScan.all({ pattern }) as string[][]).filter((r) => fieldsOf(r).some((f) => test.test(foldForSearch(f)))).map((r) => r[0]!));
  const fts = new Set(ftsIds.all(parseQuery(q0).match) as string[]);
  const same = like.size === fts.size && [...fts].every((id) => like.has(id));
  allSame &&= same;
  console.log(`[bench] ${kind} (${queries.join(' | ')}): FTS finds ${fts.size}, LIKE refined ${like.size}${same ? '' : ' — DIFFERENT'}`);
  const baseline = { what: `LIKE '%…%' scan, median of 3`, value: median(likeTimes) };
  // The ratio is how many times faster than the LIKE scan (LIKE ÷ search): the target is at least 50.
  const speedup = baseline.value / median(times);
  rows.push({ id: `search.${kind.replace(/ /g, '-')}.median.${label}`, what: `search, ${kind}, median (${label}; ${fts.size} matches for “${q0.trim()}”; ratio = LIKE ÷ search)`, value: median(times), unit: 'ms', baseline, ratio: speedup, target: '≥ 50× faster than LIKE', pass: speedup >= 50 });
  rows.push({ id: `search.${kind.replace(/ /g, '-')}.p95.${label}`, what: `search, ${kind}, p95 (${label})`, value: p95(times), unit: 'ms', target: `< ${target} ms`, pass: p95(times) < target });
  rows.push({ id: `search.${kind.replace(/ /g, '-')}.same.${label}`, what: `search, ${kind}: same set as the LIKE scan (1 = yes)`, value: same ? 1 : 0, unit: 'count', target: 'same set', pass: same });
}

// 3. List pages through dispatch.
{
  const first: number[] = [];
  const next: number[] = [];
  for (let run = 0; run < RUNS * 3; run++) {
    const t0 = performance.now();
    const page = (await dispatch(METHODS.listArticles, { limit: 100 }, APP)) as { ok: true; value: ArticlePage };
    first.push(performance.now() - t0);
    const t1 = performance.now();
    await dispatch(METHODS.listArticles, { limit: 100, cursor: page.value.nextCursor! }, APP);
    next.push(performance.now() - t1);
  }
  rows.push({ id: `search.list-first.${label}`, what: `list, first page of 100 with counts (${label}), median`, value: median(first), unit: 'ms' });
  rows.push({ id: `search.list-next.${label}`, what: `list, a page of 100 by cursor (${label}), median`, value: median(next), unit: 'ms' });
}
services.close();
if (!reuse) for (const suffix of ['', '-wal', '-shm', '.v9-backup']) fs.rmSync(file + suffix, { force: true });

// 4. Insert throughput, index on vs off, in a fresh file: the app's own creates, one transaction each.
function insertRate(indexOn: boolean): number {
  const fresh = path.join(os.tmpdir(), `copydesk-bench-insert-${process.pid}-${indexOn}.db`);
  const s = openServices(fresh);
  if (!indexOn) {
    // Off: the index's writes are discarded (a view that takes them and keeps nothing); everything else is the same.
    s.db.exec(`DROP TABLE article_search;
      CREATE VIEW article_search (rowid, headline, standfirst, byline, dateline, tags, body, credits) AS SELECT 0, '', '', '', '', '', '', '' WHERE 0;
      CREATE TRIGGER article_search_off INSTEAD OF INSERT ON article_search BEGIN SELECT 1; END;
      CREATE TRIGGER article_search_off_u INSTEAD OF UPDATE ON article_search BEGIN SELECT 1; END;
      CREATE TRIGGER article_search_off_d INSTEAD OF DELETE ON article_search BEGIN SELECT 1; END;`);
  }
  const generator = new ArticleGenerator(99);
  const articles = Array.from({ length: INSERTS }, () => generator.article());
  const [, ms] = time(() => {
    for (const a of articles) s.articles.create(a);
  });
  s.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(fresh + suffix, { force: true });
  return (INSERTS / ms) * 1000;
}
const off = insertRate(false);
const on = insertRate(true);
rows.push(ratioRow({ id: 'search.insert.on', what: `creates per second with the index on (${INSERTS} articles of ~800 words; ratio = off ÷ on)`, value: on, unit: 'count', baseline: { what: 'index off', value: off } }));
rows[rows.length - 1]!.ratio = off / on;
rows.push({ id: 'search.same-set', what: 'every query found the same set as the LIKE scan (1 = yes)', value: allSame ? 1 : 0, unit: 'count', pass: allSame });

writeSuite('search', rows, started);
