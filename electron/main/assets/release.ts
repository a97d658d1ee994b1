// Which photos a save or delete stops using, so their grace period before
// collection starts now (migration 004, collect-unused.ts).
import type { Database } from 'better-sqlite3';

const DIGEST = /^[0-9a-f]{64}$/i;

/**
 * Every string in a body that looks like an asset digest. As broad as the
 * collector's notion of a reference (any 64-character string anywhere), so a
 * photo the collector would keep for a body is also released when it leaves.
 */
export function digestsIn(body: unknown, into = new Set<string>()): Set<string> {
  if (typeof body === 'string') {
    if (DIGEST.test(body)) into.add(body.toLowerCase());
  } else if (Array.isArray(body)) {
    for (const item of body) digestsIn(item, into);
  } else if (body !== null && typeof body === 'object') {
    for (const value of Object.values(body)) digestsIn(value, into);
  }
  return into;
}

/** Marks the photos in `before` that `after` no longer uses (after = null: the article is gone) as released at `time`. */
export function releaseDroppedAssets(db: Database, before: unknown, after: unknown, time: string): void {
  const dropped = digestsIn(before);
  if (dropped.size === 0) return;
  if (after !== null) for (const digest of digestsIn(after)) dropped.delete(digest);
  // max(): a clock that went backwards never shortens a grace period already running.
  const release = db.prepare('UPDATE assets SET released_at = max(coalesce(released_at, @time), @time) WHERE sha256 = @sha256');
  for (const sha256 of dropped) release.run({ time, sha256 });
}
