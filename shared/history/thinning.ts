// Retention that never loses what matters. Only automatic versions thin:
// named, status, before-restore, restore (and every other reason) are kept
// forever. Automatic versions older than 7 days thin to one per hour, older
// than 90 days to one per day (UTC) — the newest of each hour or day, the
// last state the writer left it in — and the newest version of an article is
// never removed, whatever it is.
import type { VersionReason } from './version';

export const HOURLY_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
export const DAILY_AFTER_MS = 90 * 24 * 60 * 60 * 1000;

export interface ThinCandidate {
  articleId: string;
  number: number;
  createdAt: string;
  reason: VersionReason;
  name: string | null;
  /** The article's newest version: never removed. */
  newest: boolean;
}

/** Only these are ever thinned. */
export function isThinnable(v: Pick<ThinCandidate, 'reason' | 'name'>): boolean {
  return v.reason === 'autosave' && v.name === null;
}

/**
 * The versions to remove, given candidates and the time now. Pure: the store
 * feeds it the automatic versions that crossed a line since its last run
 * (whole hours and days, so a bucket is never seen in part).
 */
export function versionsToThin(candidates: readonly ThinCandidate[], now: Date): ThinCandidate[] {
  const hourlyLine = now.getTime() - HOURLY_AFTER_MS;
  const dailyLine = now.getTime() - DAILY_AFTER_MS;
  // Per article and bucket, the newest stays; every older one in the bucket goes.
  const keeper = new Map<string, ThinCandidate>();
  const inBuckets: Array<{ key: string; version: ThinCandidate }> = [];
  for (const version of candidates) {
    if (!isThinnable(version)) continue;
    const at = Date.parse(version.createdAt);
    if (!Number.isFinite(at) || at >= hourlyLine) continue;
    const utc = new Date(at).toISOString();
    const bucket = at < dailyLine ? `d${utc.slice(0, 10)}` : `h${utc.slice(0, 13)}`;
    const key = `${version.articleId}\u0000${bucket}`;
    inBuckets.push({ key, version });
    const best = keeper.get(key);
    if (!best || version.number > best.number) keeper.set(key, version);
  }
  return inBuckets.filter(({ key, version }) => keeper.get(key) !== version && !version.newest).map(({ version }) => version);
}
