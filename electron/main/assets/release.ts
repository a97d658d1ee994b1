// Which photos a save or delete stops using, so their grace period before
// collection starts now (migration 004, collect-unused.ts). What counts as a
// reference is shared/article/assets-used.ts's digestsIn, as broad as the collector's.
import type { Database } from 'better-sqlite3';
import { digestsIn } from '../../../shared/article/assets-used';

/** Marks the photos in `before` that `after` no longer uses (after = null: the article is gone) as released at `time`. */
export function releaseDroppedAssets(db: Database, before: unknown, after: unknown, time: string): void {
  const dropped = digestsIn(before);
  if (dropped.size === 0) return;
  if (after !== null) for (const digest of digestsIn(after)) dropped.delete(digest);
  // max(): a clock that went backwards never shortens a grace period already running.
  const release = db.prepare('UPDATE assets SET released_at = max(coalesce(released_at, @time), @time) WHERE sha256 = @sha256');
  for (const sha256 of dropped) release.run({ time, sha256 });
}
