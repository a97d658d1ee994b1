import Database from 'better-sqlite3';
const a = new Database(process.argv[2]!, { readonly: true });
const b = new Database(process.argv[3]!, { readonly: true });
const qs = ['"water felkardalsto felcamol"', '"have gonisgonen kelobsto"', '"praarkel report isen"', 'olstopennor', 'stoz*', 'felcamol'];
for (const sql of ['SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT 5001', 'SELECT rowid, rank FROM article_search WHERE article_search MATCH ? LIMIT 5001']) {
  const sa = a.prepare(sql), sb = b.prepare(sql);
  for (const q of qs) {
    const ta: number[] = [], tb: number[] = [];
    for (let i = 0; i < 9; i++) {
      let t0 = performance.now(); sa.all(q); ta.push(performance.now() - t0);
      t0 = performance.now(); sb.all(q); tb.push(performance.now() - t0);
    }
    ta.sort((x, y) => x - y); tb.sort((x, y) => x - y);
    console.log(`${sql.includes('rank') ? 'scored' : 'rowids'} ${q.padEnd(34)} 14 segments med ${ta[4]!.toFixed(2)} | optimized med ${tb[4]!.toFixed(2)} ms`);
  }
}
