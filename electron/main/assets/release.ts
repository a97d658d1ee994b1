// Which photos a save or delete stops using, so their grace period before
// collection starts now (migration 004, collect-unused.ts). What counts as a
// reference is shared/article/assets-used.ts's digestsIn, as broad as the collector's.
import type { Database } from 'better-sqlite3';
import { digestsIn } from '../../../shared/article/assets-used';

const NONE: ReadonlySet<string> = new Set();

/**
 * The digests in a stored body's JSON text. Most bodies hold no photo: a body
 * with no run of 64 hex digits has none, and is not parsed at all (a plain
 * scan: /[0-9a-f]{64}/i took twice as long, and SQLite's GLOB four times). A
 * damaged body names no photos we can trust: they stay until gc finds them unused.
 */
export function digestsInStoredBody(bodyJson: string): ReadonlySet<string> {
  let run = 0;
  for (let i = 0; i < bodyJson.length; i++) {
    const c = bodyJson.charCodeAt(i) | 0x20; // ASCII lower case
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)) {
      if (++run === 64) {
        try {
          return digestsIn(JSON.parse(bodyJson));
        } catch {
          return NONE;
        }
      }
    } else run = 0;
  }
  return NONE;
}

/** Marks the photos in `before` that `after` no longer uses (after = null: the article is gone) as released at `time`. */
export function releaseDroppedAssets(db: Database, before: ReadonlySet<string>, after: ReadonlySet<string> | null, time: string): void {
  if (before.size === 0) return;
  const dropped = after === null ? [...before] : [...before].filter((digest) => !after.has(digest));
  if (dropped.length === 0) return;
  // max(): a clock that went backwards never shortens a grace period already running.
  const release = db.prepare('UPDATE assets SET released_at = max(coalesce(released_at, @time), @time) WHERE sha256 = @sha256');
  for (const sha256 of dropped) release.run({ time, sha256 });
}

/**
 * The photos each article's stored body uses, remembered by revision, so a
 * save knows what the body it replaces held without reading it back (at 5,000
 * paragraphs, reading and scanning the old body was a fifth of a save). An
 * entry counts only for the very revision it was taken at: any other writer
 * (the CLI, another window) bumps the revision, and then the row is read.
 */
export class StoredPhotoDigests {
  private static readonly MAX = 1000;
  private readonly known = new Map<string, { revision: number; digests: ReadonlySet<string> }>();

  remember(id: string, revision: number, digests: ReadonlySet<string>): void {
    this.known.delete(id);
    this.known.set(id, { revision, digests });
    // Oldest first (a Map keeps insertion order): a long session stays bounded.
    if (this.known.size > StoredPhotoDigests.MAX) this.known.delete(this.known.keys().next().value!);
  }

  /** A save that kept the body: what was known at `from` holds at `to`. */
  advance(id: string, from: number, to: number): void {
    const entry = this.known.get(id);
    if (entry && entry.revision === from) this.remember(id, to, entry.digests);
  }

  forget(id: string): void {
    this.known.delete(id);
  }

  /** What the body stored at `revision` uses: remembered, or else read with `readBody`. */
  of(id: string, revision: number, readBody: () => string): ReadonlySet<string> {
    const entry = this.known.get(id);
    return entry && entry.revision === revision ? entry.digests : digestsInStoredBody(readBody());
  }
}
