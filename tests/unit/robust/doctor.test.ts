// `copydesk doctor` on test files: a healthy one, a garbled body, a broken
// foreign key, a damaged page, derived columns out of step. It never writes.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openServices } from '../../../electron/main/services';
import { examineDatabase } from '../../../electron/main/store/doctor';
import { runCli } from '../../support/cli';
import { breakForeignKey, damagePage, garbleBody } from '../../support/damage';
import { doc, everyNodeBody, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function healthy(name: string): { file: string; ids: string[] } {
  const file = tmp.file(name);
  const services = openServices(file);
  const ids = [
    services.articles.create({ headline: 'Every node', body: everyNodeBody() }).id,
    ...Array.from({ length: 30 }, (_, i) => services.articles.create({ headline: `Story ${i}`, body: doc(p(`Words ${i} `.repeat(400))) }).id),
  ];
  services.close();
  return { file, ids };
}

describe('copydesk doctor', () => {
  it('says a healthy file is fine, exit 0, and changes nothing', () => {
    const { file } = healthy('healthy.db');
    // The file itself; a reader of a WAL database may leave SQLite's empty -wal/-shm index files beside it.
    const bytes = () => require('node:fs').readFileSync(file).toString('base64');
    const before = bytes();
    for (const flags of [[], ['--full']]) {
      const run = runCli(['doctor', ...flags, '--db', file]);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Checked .*healthy\.db \(31 articles\): file header, (quick|integrity)_check, foreign keys, article bodies and derived columns, library list rows, full-text indexes, article versions, search index against the articles\.\nNo problems found: the file is fine\.\n$/);
      expect(run.status).toBe(0);
    }
    expect(bytes()).toBe(before);
  });

  it('finds a garbled body, naming the article', () => {
    const { file, ids } = healthy('garbled.db');
    garbleBody(file, ids[3]!);
    const run = runCli(['doctor', '--db', file]);
    expect(run.stdout).toMatch(new RegExp(`Found 1 problem:\\n  - article “Story 2” \\(${ids[3]}\\): its body is not readable JSON`));
    expect(run.status).toBe(1);
  });

  it('finds a broken foreign key', () => {
    const { file } = healthy('fk.db');
    breakForeignKey(file);
    const run = runCli(['doctor', '--db', file]);
    expect(run.stdout).toMatch(/foreign key: row 1 of article_notes refers to a articles row that does not exist/);
    expect(run.status).toBe(1);
  });

  it('finds a damaged page (quick check and --full)', () => {
    const { file } = healthy('page.db');
    damagePage(file);
    for (const flags of [[], ['--full']]) {
      const run = runCli(['doctor', ...flags, '--db', file]);
      expect(run.stdout).toMatch(/damaged page or index|The database file is damaged/);
      expect(run.stdout).not.toMatch(/No problems found/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.status).toBe(1);
    }
  });

  it('finds derived columns out of step with their body', () => {
    const { file, ids } = healthy('derived.db');
    const db = new Database(file);
    db.prepare('UPDATE articles SET word_count = 3, plain_text = ? WHERE id = ?').run('stale', ids[1]);
    db.close();
    const report = examineDatabase(file);
    expect(report.problems).toEqual([
      expect.stringMatching(/article “Story 0” .*: its stored plain text is out of step/),
      expect.stringMatching(/its stored word count \(3\) is out of step with its body \(800\)/),
      // The list row kept the true count: the two no longer agree either.
      expect.stringMatching(/article “Story 0” .*: its row in the library list is out of step with it \(word_count\)/),
      // The index holds the body's real text, which a rebuild from the stale column would not.
      expect.stringMatching(/article “Story 0” .*: its search index row is out of step with the article/),
    ]);
  });

  it('finds library list rows out of step with their articles, missing, or left behind', () => {
    const { file, ids } = healthy('summaries.db');
    const db = new Database(file);
    db.prepare("UPDATE article_summaries SET headline = 'An old headline', word_count = 7 WHERE id = ?").run(ids[2]);
    db.prepare("UPDATE article_summaries SET headline_key = 'stale' WHERE id = ?").run(ids[4]);
    db.prepare('DELETE FROM article_summaries WHERE id = ?').run(ids[5]);
    db.prepare(
      `INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision)
       VALUES ('2026-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000', 'Gone', 'gone', 'gone', 'draft', '', 1, 1)`,
    ).run();
    db.close();
    const report = examineDatabase(file);
    expect(report.problems).toEqual([
      `article “Story 1” (${ids[2]}): its row in the library list is out of step with it (headline, word_count), so the list shows it wrongly; saving the article again rewrites the row`,
      `article “Story 3” (${ids[4]}): its row in the library list is out of step with it (headline_key), so the list shows it wrongly; saving the article again rewrites the row`,
      expect.stringMatching(new RegExp(`^article “Story 4” \\(${ids[5]}\\) has no row in the library list, so the app does not show it; its words are safe`)),
      'the library list has a row for “Gone” (00000000-0000-4000-8000-000000000000), an article that no longer exists: the list shows it, but it cannot be opened',
    ]);
    // A save rewrites the stale row; the others stay until dealt with.
    const services = openServices(file);
    const stale = services.articles.get(ids[2]!);
    services.articles.save(stale.id, stale.revision, { standfirst: 'Saved again.' });
    services.close();
    expect(examineDatabase(file).problems).toHaveLength(3);
  });

  it('a file that is not there, or not a database, is one line', () => {
    expect(runCli(['doctor', '--db', tmp.file('missing.db')])).toMatchObject({ status: 1, stderr: expect.stringMatching(/There is no database at .*missing\.db/) });
    const junk = tmp.file('junk.db');
    require('node:fs').writeFileSync(junk, 'hello, not sqlite at all, just some text that is long enough to be a header'.repeat(10));
    const run = runCli(['doctor', '--db', junk]);
    expect(run.stdout).toMatch(/damaged|not a Copydesk database/);
    expect(run.status).toBe(1);
  });
});
