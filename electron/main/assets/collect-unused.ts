// Garbage collection of photos no article uses any more: photos removed from
// a body, and images stored by an import preview that was then cancelled.
//
// Safety comes before space. An asset is collected only when
//  - no saved article body, nor any kept version's, mentions its digest anywhere (see UNUSED), and
//  - it was last added, and last dropped from an article, before the grace
//    period (assets.created_at, which AssetStore.add moves forward when the same
//    bytes are added again; assets.released_at, set by the save or delete that
//    dropped it — migration 004), because the renderer's unsaved edits, its undo
//    history and an import review in progress can all point at a photo that no
//    saved body does any more, or yet.
// `graceMs: 0` drops the second rule; only the CLI offers that, on request.
import type { Database } from 'better-sqlite3';

export const DEFAULT_GRACE_MS = 24 * 60 * 60 * 1000;

export interface CollectOptions {
  /** Keep unused assets added less than this long ago. Default 24 h; 0 collects every unused asset. */
  graceMs?: number;
  /** Report what would go, change nothing. */
  dryRun?: boolean;
}

export interface UnusedAsset {
  sha256: string;
  mime: string;
  size: number;
  createdAt: string;
  /** When a save or delete last dropped it from an article; null if never. */
  releasedAt: string | null;
}

export interface CollectResult {
  dryRun: boolean;
  /** Assets last added or released before this instant were eligible; null when no grace period applied. */
  cutoff: string | null;
  /** Removed (or, in a dry run, the ones that would be). */
  collected: { count: number; bytes: number; assets: UnusedAsset[] };
  /** Unused, but added or released within the grace period, so kept. */
  keptRecent: { count: number; bytes: number };
}

// Every string anywhere in any body that equals a stored digest counts as a
// reference, not only photo.attrs.asset: json_tree walks nested nodes (lists,
// quotes, whatever nests next), and a node type added later that carries a
// digest under another name keeps its photo rather than silently losing it.
// A false reference only keeps a photo; a missed one would delete it.
// A body too damaged to be JSON (README, "Damage") cannot be walked: any digest
// that appears anywhere in its text counts as used, so its photos outlive it.
// Any new table that refers to assets must be added here.
const UNUSED = `
  WITH referenced(sha256) AS (
    SELECT DISTINCT lower(t.atom)
    FROM (SELECT body_json FROM articles WHERE json_valid(body_json)) AS a, json_tree(a.body_json) AS t
    WHERE t.type = 'text' AND length(t.atom) = 64
    UNION
    SELECT s.sha256 FROM assets AS s, articles AS a
    WHERE NOT json_valid(a.body_json) AND instr(lower(a.body_json), s.sha256) > 0
    UNION
    -- A photo a kept version uses is used: restoring that version must find it (migration 008).
    SELECT lower(t.atom)
    FROM (SELECT body_json FROM article_versions WHERE json_valid(body_json)) AS v, json_tree(v.body_json) AS t
    WHERE t.type = 'text' AND length(t.atom) = 64
    UNION
    SELECT s.sha256 FROM assets AS s, article_versions AS v
    WHERE NOT json_valid(v.body_json) AND instr(lower(v.body_json), s.sha256) > 0
  )
  SELECT sha256, mime, size, created_at AS createdAt, released_at AS releasedAt
  FROM assets
  WHERE sha256 NOT IN (SELECT sha256 FROM referenced)
  ORDER BY created_at, sha256`;

export function collectUnusedAssets(db: Database, now: Date, options: CollectOptions = {}): CollectResult {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  if (!Number.isFinite(graceMs) || graceMs < 0) throw new RangeError(`graceMs must be a non-negative number, not ${graceMs}`);
  const cutoff = graceMs > 0 ? new Date(now.getTime() - graceMs).toISOString() : null;
  const dryRun = options.dryRun ?? false;

  const run = (): CollectResult => {
    const unused = db.prepare(UNUSED).all() as UnusedAsset[];
    // ISO-8601 UTC strings order like the instants they name; anything else
    // (never written by AssetStore) sorts after digits and is kept.
    const old = cutoff === null ? unused : unused.filter((a) => lastUsed(a) < cutoff);
    const recent = cutoff === null ? [] : unused.filter((a) => !(lastUsed(a) < cutoff));
    if (!dryRun) {
      const remove = db.prepare('DELETE FROM assets WHERE sha256 = ?');
      for (const asset of old) remove.run(asset.sha256);
    }
    return {
      dryRun,
      cutoff,
      collected: { count: old.length, bytes: sum(old), assets: old },
      keptRecent: { count: recent.length, bytes: sum(recent) },
    };
  };
  // IMMEDIATE: no save can slip in between finding the unused assets and deleting them.
  // A dry run only reads, so it takes no write lock and leaves the file as it was.
  return dryRun ? run() : db.transaction(run).immediate();
}

/** The later of added and released: the grace period runs from there. */
export function lastUsed(asset: UnusedAsset): string {
  return asset.releasedAt !== null && asset.releasedAt > asset.createdAt ? asset.releasedAt : asset.createdAt;
}

function sum(assets: readonly UnusedAsset[]): number {
  return assets.reduce((total, a) => total + a.size, 0);
}
