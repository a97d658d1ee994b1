// The flags marked correct in each article (the accepted_flags table, migrations/*-accepted-flags.ts): listed when an
// article opens, added by "Mark correct here", taken away again by its undo.
// Keys come from shared/checks/accepted-flag.ts, the one home of what makes
// two flags the same.
import type { Database } from 'better-sqlite3';
import { MAX_ACCEPTED_PER_ARTICLE, type AcceptedFlag } from '../../../shared/checks/accepted-flag';
import { AppError } from '../../../shared/errors/app-error';

export class AcceptedFlags {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The article's accepted flags, oldest first. */
  list(articleId: string): AcceptedFlag[] {
    return this.db
      .prepare('SELECT scope, rule, text, before, after FROM accepted_flags WHERE article_id = ? ORDER BY accepted_at, rule, text')
      .all(articleId) as AcceptedFlag[];
  }

  /** Remembers the flag as correct in this article; false when it already was. */
  accept(articleId: string, flag: AcceptedFlag): boolean {
    return this.db
      .transaction(() => {
        if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw new AppError('not-found', `No article with id ${articleId}.`);
        const count = this.db.prepare('SELECT count(*) FROM accepted_flags WHERE article_id = ?').pluck().get(articleId) as number;
        if (count >= MAX_ACCEPTED_PER_ARTICLE) throw new AppError('bad-request', `An article can have at most ${MAX_ACCEPTED_PER_ARTICLE} flags marked correct.`);
        const { changes } = this.db
          .prepare('INSERT OR IGNORE INTO accepted_flags (article_id, scope, rule, text, before, after, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(articleId, flag.scope, flag.rule, flag.text, flag.before, flag.after, this.now().toISOString());
        return changes === 1;
      })
      .immediate();
  }

  /** Forgets it (the undo of Mark correct); false when it was not there. */
  unaccept(articleId: string, flag: AcceptedFlag): boolean {
    const { changes } = this.db
      .prepare('DELETE FROM accepted_flags WHERE article_id = ? AND scope = ? AND rule = ? AND text = ? AND before = ? AND after = ?')
      .run(articleId, flag.scope, flag.rule, flag.text, flag.before, flag.after);
    return changes === 1;
  }
}
