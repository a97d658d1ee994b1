// The search index's segments merged between saves (store/search-merge.ts),
// on real SQLite files: the merge runs once writes pause, leaves fewer
// segments, finds exactly what it found before, and a merge that fails is
// reported, never thrown.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { IdleSearchMerge, mergeSearchSegments } from '../../../electron/main/store/search-merge';
import { searchIndexProblems } from '../../../electron/main/store/search-check';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('merging the search index between saves', () => {
  it('runs once the writes pause, leaves fewer segment rows, and search finds the same articles', async () => {
    const services = openServices(tmp.file('merge.db'));
    try {
      const segmentRows = () => services.db.prepare('SELECT count(*) FROM article_search_data').pluck().get() as number;
      const found = (query: string) => services.articles.listPage({ filter: { query } }).items.map((r) => r.id).sort();
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push(services.articles.create({ headline: `Flood warning ${i}`, body: doc(p(`River levels rose overnight in town ${i}.`)) }).id);
      const article = ids[3]!;
      services.articles.save(article, services.articles.revisionOf(article), { body: doc(p('Drought now, not floods.')) });
      // The text the saves left behind, indexed first (as the first search would), so the rows counted are the merge's alone.
      services.articles.searchCatchUp.catchUp();
      const before = { rows: segmentRows(), flood: found('flood'), drought: found('drought'), river: found('river') };
      const merge = new IdleSearchMerge({ db: services.db, delayMs: 5 });
      merge.changed();
      merge.changed();
      expect(segmentRows()).toBe(before.rows);
      await sleep(60);
      expect(segmentRows()).toBeLessThan(before.rows);
      expect({ flood: found('flood'), drought: found('drought'), river: found('river') }).toEqual({ flood: before.flood, drought: before.drought, river: before.river });
      expect(before.drought).toEqual([article]);
      expect(searchIndexProblems(services.db)).toEqual([]);
      expect(() => services.db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
      // Nothing waiting: running again does nothing.
      const after = segmentRows();
      merge.runNow();
      mergeSearchSegments(services.db);
      expect(segmentRows()).toBe(after);
      merge.dispose();
    } finally {
      services.close();
    }
  });

  it('reports a merge that fails instead of throwing, and does nothing once the file is closed', () => {
    const errors: unknown[] = [];
    const db = new Database(':memory:');
    const merge = new IdleSearchMerge({ db, onError: (error) => errors.push(error) });
    merge.changed();
    expect(() => merge.runNow()).not.toThrow();
    expect(errors).toHaveLength(1);
    db.close();
    merge.changed();
    expect(() => merge.runNow()).not.toThrow();
    expect(errors).toHaveLength(1);
    merge.dispose();
  });
});
