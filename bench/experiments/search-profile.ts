import Database from 'better-sqlite3';
import { pageQuery, matchExpression } from '../../electron/main/store/desk-page';
import { parseQuery } from '../../shared/search/query';
import { SearchIndex } from '../../electron/main/store/search-index';
const db = new Database(process.argv[2]!, { readonly: true });
const t = <T>(label: string, fn: () => T): T => { const t0 = performance.now(); const v = fn(); console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms`); return v; };
for (const q of process.argv.slice(3)) {
  console.log('==', q);
  const parsed = parseQuery(q);
  const match = matchExpression(parsed)!;
  for (let i = 0; i < 2; i++) t('count≤5001', () => db.prepare('SELECT count(*) FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT 5001)').pluck().get(match));
  t('count all', () => db.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?').pluck().get(match));
  t('rowids all', () => db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').pluck().all(match).length);
  const plan = pageQuery({ limit: 50, filter: { query: q } }, match);
  console.log((db.prepare(`EXPLAIN QUERY PLAN ${plan.sql}`).all(plan.params) as { detail: string }[]).map((r) => r.detail).join(' | '));
  for (let i = 0; i < 2; i++) t('broad page', () => db.prepare(plan.sql).all(plan.params).length);
  const rowids = t('scored', () => db.prepare('SELECT rowid AS r, rank FROM article_search WHERE article_search MATCH ? LIMIT 5001').all(match) as { r: number }[]);
  const ids = db.prepare('SELECT id FROM article_summaries LIMIT 50').pluck().all() as string[];
  const si = new SearchIndex(db);
  t('snippets 50', () => si.snippets(parsed, ids));
  t('snippets 50 again', () => si.snippets(parsed, ids));
}
{
  const { readPage } = await import('../../electron/main/store/desk-page');
  const { statementCache } = await import('../../electron/main/store/statements');
  const deps = { statement: statementCache(db), search: new SearchIndex(db), counts: () => ({ draft: 0, editing: 0, ready: 0, published: 0, spiked: 0 }) };
  for (const q of process.argv.slice(3)) {
    for (let i = 0; i < 3; i++) t(`readPage ${q}`, () => readPage({ limit: 50, filter: { query: q } }, deps));
    const first = readPage({ limit: 50, filter: { query: q } }, deps);
    t(`readPage ${q} page 2`, () => readPage({ limit: 50, filter: { query: q }, cursor: first.nextCursor! }, deps));
    t(`readPage ${q} status=ready`, () => readPage({ limit: 50, filter: { query: q, status: 'ready' } }, deps));
  }
  const plan = pageQuery({ limit: 50, filter: { query: 'city ' } }, '"city"');
  console.log((db.prepare(`EXPLAIN QUERY PLAN ${plan.sql}`).all(plan.params) as { detail: string }[]).map((r) => r.detail).join(' | '));
}
