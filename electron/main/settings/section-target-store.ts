// The desk's default length target per section (migration 013), one row a
// section keyed by its folded name, so "politics" replaces "Politics"'s
// default rather than adding a second one. Input is parsed with the shared
// schema; a refusal says why in one sentence and writes nothing.
import type { Database } from 'better-sqlite3';
import { AppError, describeIssues } from '../../../shared/errors/app-error';
import { MAX_SECTION_TARGETS, SectionName, SectionTarget, SectionTargets, sectionKey } from '../../../shared/article/section-targets';

export class SectionTargetStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every default, sections A to Z. */
  list(): SectionTarget[] {
    const rows = this.db.prepare('SELECT section, target_words FROM section_targets ORDER BY section_key').all() as { section: string; target_words: number }[];
    return rows.map((r) => ({ section: r.section, targetWords: r.target_words }));
  }

  lookup(): SectionTargets {
    return new SectionTargets(this.list());
  }

  /** Sets (or, with null, removes) a section's default; returns every default. */
  set(section: unknown, targetWords: unknown): SectionTarget[] {
    if (targetWords === null) {
      const name = SectionName.safeParse(section);
      if (!name.success) throw new AppError('bad-request', describeIssues(name.error.issues));
      const removed = this.db.prepare('DELETE FROM section_targets WHERE section_key = ?').run(sectionKey(name.data)).changes;
      if (!removed) throw new AppError('not-found', `The section “${name.data}” has no default target.`);
      return this.list();
    }
    const parsed = SectionTarget.safeParse({ section, targetWords });
    if (!parsed.success) throw new AppError('bad-request', describeIssues(parsed.error.issues));
    const { section: name, targetWords: words } = parsed.data;
    this.db.transaction(() => {
      const key = sectionKey(name);
      const known = this.db.prepare('SELECT 1 FROM section_targets WHERE section_key = ?').get(key);
      const count = this.db.prepare('SELECT count(*) FROM section_targets').pluck().get() as number;
      if (!known && count >= MAX_SECTION_TARGETS) throw new AppError('bad-request', `There are already ${MAX_SECTION_TARGETS} section targets; remove one first.`);
      this.db
        .prepare('INSERT INTO section_targets (section_key, section, target_words, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (section_key) DO UPDATE SET section = excluded.section, target_words = excluded.target_words, updated_at = excluded.updated_at')
        .run(key, name, words, this.now().toISOString());
    })();
    return this.list();
  }
}
