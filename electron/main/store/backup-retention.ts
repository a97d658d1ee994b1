// Which rolling backups to keep: the newest copy of each of the last 24 hours
// that have one, and the newest of each of the last 14 days that have one
// (hours and days in UTC, so the rule does not move with the machine's time
// zone). Pure: it is given the backups and answers which to delete, so it is
// tested with any clock. Only rolling ('auto') copies are ever deleted; a
// copy made by hand or before a restore is the journalist's to remove.
export const KEEP_HOURLY = 24;
export const KEEP_DAILY = 14;

export interface BackupEntry {
  name: string;
  takenAt: Date;
  kind: 'auto' | 'manual' | 'before-restore';
}

export function backupsToDelete(backups: readonly BackupEntry[], keepHourly = KEEP_HOURLY, keepDaily = KEEP_DAILY): BackupEntry[] {
  const rolling = backups.filter((b) => b.kind === 'auto').sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<BackupEntry>([...newestPerBucket(rolling, hourKey, keepHourly), ...newestPerBucket(rolling, dayKey, keepDaily)]);
  return rolling.filter((b) => !keep.has(b));
}

/** From newest-first backups: the first (newest) of each bucket, for the `count` most recent buckets. */
function newestPerBucket(newestFirst: readonly BackupEntry[], key: (d: Date) => string, count: number): BackupEntry[] {
  const kept: BackupEntry[] = [];
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    const bucket = key(backup.takenAt);
    if (seen.has(bucket)) continue;
    if (seen.size === count) break;
    seen.add(bucket);
    kept.push(backup);
  }
  return kept;
}

const hourKey = (d: Date) => d.toISOString().slice(0, 13);
const dayKey = (d: Date) => d.toISOString().slice(0, 10);
