// Where a first page of search goes, step by step, on a migrated library
// (npm run bench:search with BENCH_SEARCH_MIGRATED=FILE keeps one): the two
// passes a first page made before (a count of the matches up to the rank
// limit, then every match read with its score) against one pass (matches with
// scores, at most the rank limit + 1) and against what findMatches does now
// (store/search-match.ts: one pass for phrases, the count first otherwise),
// the matches alone, the long articles' per-group query, a page's snippets, the
// status counts, and the whole page through dispatch. Queries are picked as bench/search.ts picks them.
// Medians of RUNS, alternated. Not part of npm run bench:
//   . scripts/with-node.sh && npx tsx bench/experiments/search-steps.ts FILE [RUNS]
import os from 'node:os';
import { openServices } from '../../electron/main/services';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { METHODS } from '../../shared/ipc/channels';
import { matchExpression } from '../../electron/main/store/desk-page';
import { findMatches, longMatches } from '../../electron/main/store/search-match';
import { statementCache } from '../../electron/main/store/statements';
import { SearchIndex } from '../../electron/main/store/search-index';
import { parseQuery, RANK_LIMIT } from '../../shared/search/query';
import { median, p95 } from '../report';

const file = process.argv[2]!;
const RUNS = Number(process.argv[3] ?? 15);
const services = openServices(file);
const db = services.db;
const statement = statementCache(db);
const search = new SearchIndex(db);
const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true });
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, article_search, row)');
const terms = db.prepare("SELECT term, doc FROM temp.vocab WHERE length(term) >= 5 AND term GLOB '[a-z]*' ORDER BY doc").all() as { term: string; doc: number }[];
const count = db.prepare('SELECT count(*) FROM article_search_keys').pluck().get() as number;
const pick = (from: number, to: number, n: number) => {
  const band = terms.filter((t) => t.doc >= from && t.doc <= to);
  return Array.from({ length: n }, (_, i) => band[Math.floor(((i + 0.5) * band.length) / n)]?.term).filter((t): t is string => Boolean(t));
};
const phrases = Array.from({ length: 5 }, (_, i) => {
  const text = db.prepare('SELECT plain_text FROM articles WHERE rowid = ?').pluck().get(1 + Math.floor(((i + 0.5) * count) / 5)) as string;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  let at = Math.floor(words.length / 2);
  while (at + 3 < words.length && !words.slice(at, at + 3).every((w) => /^[a-z]+$/i.test(w))) at++;
  return `"${words.slice(at, at + 3).join(' ').toLowerCase()}"`;
});
const kinds: [string, string[]][] = [
  ['rare', pick(3, Math.max(20, count / 1000), 5).map((w) => `${w} `)],
  ['phrase', phrases],
  ['prefix', pick(count / 50, count / 5, 5).map((t) => t.slice(0, 4))],
];

const timed = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
console.log(`${count} articles; loadavg ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
for (const [kind, queries] of kinds) {
  const steps = new Map<string, number[]>();
  const record = (name: string, ms: number) => (steps.get(name) ?? steps.set(name, []).get(name)!).push(ms);
  for (let run = -1; run < RUNS; run++)
    for (const q of queries) {
      const parsed = parseQuery(q);
      const match = matchExpression(parsed)!;
      const two = timed(() => {
        statement('SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search MATCH @match LIMIT @most)').pluck().get({ match, most: RANK_LIMIT + 1 });
        statement('SELECT rowid AS r, rank FROM article_search WHERE article_search MATCH @match').all({ match });
      });
      const one = timed(() => statement('SELECT rowid AS r, rank FROM article_search WHERE article_search MATCH @match LIMIT @most').all({ match, most: RANK_LIMIT + 1 }));
      const now = timed(() => findMatches(statement, parsed, match, { rankCursor: null, rankLimit: RANK_LIMIT }));
      const rowids = timed(() => statement('SELECT rowid FROM article_search WHERE article_search MATCH @match LIMIT @most').pluck().all({ match, most: RANK_LIMIT + 1 }));
      const long = timed(() => longMatches(statement, parsed, false));
      const ids = statement('SELECT id FROM article_summaries ORDER BY updated_at DESC LIMIT 50').pluck().all() as string[];
      const snippets = timed(() => search.snippets(parsed, ids));
      const counts = timed(() => services.articles.listPage({ limit: 1 }));
      const t0 = performance.now();
      const result = await dispatch(METHODS.listArticles, { limit: 50, filter: { query: q } }, APP);
      const whole = performance.now() - t0;
      if (!result.ok) throw new Error(JSON.stringify(result));
      if (run < 0) continue;
      record('before: count ≤ limit+1, then every match scored', two);
      record('one pass: matches scored, LIMIT limit+1', one);
      record('now: findMatches (first page)', now);
      record('  (rowids alone, LIMIT limit+1)', rowids);
      record('long articles, per group', long);
      record('snippets for 50 rows', snippets);
      record('list page of 1 with counts', counts);
      record('whole first page through dispatch', whole);
    }
  console.log(`\n${kind}: ${queries.join(' | ')}`);
  for (const [name, values] of steps) console.log(`  ${name.padEnd(52)} p50 ${median(values).toFixed(2).padStart(7)}  p95 ${p95(values).toFixed(2).padStart(7)} ms`);
}
services.close();
