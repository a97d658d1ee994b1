// `copydesk gc`: removes photos no article uses (removed from a body, left by a
// cancelled import). Photos added or removed from an article in the last 24
// hours are kept unless --all-unused is given: the app, if it is running, may
// still hold them in unsaved edits, undo history or an import review, so
// --all-unused refuses while the app has the database open (app_sessions).
// --compact then shrinks the file (VACUUM), which also wants the app closed.
// Old automatic versions of articles are thinned first (store/versions.ts).
import type { Command } from '../command';
import type { CollectResult } from '../../main/assets/collect-unused';
import { DEFAULT_GRACE_MS, lastUsed } from '../../main/assets/collect-unused';
import { CliError, UsageError } from '../cli-error';
import { compactDatabase, type Compaction } from '../../main/store/compact';
import { openApps } from '../../main/store/app-session';
import { formatBytes } from './format';

const GRACE_HOURS = DEFAULT_GRACE_MS / 3_600_000;

export const gcCommand: Command = {
  name: 'gc',
  usage: 'gc [--dry-run] [--all-unused] [--compact] [--json]',
  summary: `Remove photos no article uses (kept if added or removed in the last ${GRACE_HOURS} h, unless --all-unused)`,
  options: { 'dry-run': { type: 'boolean' }, 'all-unused': { type: 'boolean' }, compact: { type: 'boolean' }, json: { type: 'boolean' } },
  run(positionals, flags, { io, services }) {
    if (positionals.length > 0) throw new UsageError('gc takes no arguments. Usage: copydesk gc [--dry-run] [--all-unused] [--compact] [--json]');
    const allUnused = flags['all-unused'] === true;
    const dryRun = flags['dry-run'] === true;
    if (dryRun && flags.compact) throw new UsageError('--compact changes the file, --dry-run promises not to: use one of them.');
    if (allUnused && !dryRun) refuseWhileAppIsOpen(services().db);
    // Old automatic versions thin first (History: one per hour after 7 days, per day after 90), so photos only they used can go.
    const thinned = dryRun ? 0 : services().versions.thin().removed;
    const result = services().assets.collectUnused({ dryRun, graceMs: allUnused ? 0 : DEFAULT_GRACE_MS });
    const compacted = flags.compact ? compact(services().db) : null;
    if (flags.json) {
      io.stdout(JSON.stringify({ ...result, graceHours: allUnused ? 0 : GRACE_HOURS, versionsThinned: thinned, ...(compacted ? { compacted } : {}) }, null, 2) + '\n');
      return;
    }
    if (thinned > 0) io.stdout(`Thinned ${thinned} old automatic version${thinned === 1 ? '' : 's'} (named, status and restore versions are always kept).\n`);
    io.stdout(describe(result, compacted));
  },
};

function refuseWhileAppIsOpen(db: Parameters<typeof openApps>[0]): void {
  const [app] = openApps(db);
  if (!app) return;
  throw new CliError(
    `Copydesk is open on this database (on ${app.host}, process ${app.pid}, since ${app.startedAt}): its undo history may still ` +
      `need photos removed from an article recently. Quit Copydesk and run gc --all-unused again, or run gc without --all-unused ` +
      `(it keeps photos used in the last ${GRACE_HOURS} hours). Nothing was removed.`,
  );
}

function compact(db: Parameters<typeof compactDatabase>[0]): Compaction {
  try {
    return compactDatabase(db);
  } catch (error) {
    // The photos are gone already (their own transaction); only the shrinking failed.
    const busy = /SQLITE_BUSY|database is locked/i.test(String((error as Error).message));
    throw new CliError(
      busy
        ? 'unused photos were removed, but the file could not be compacted while Copydesk has it open: quit Copydesk and run gc --compact again.'
        : `unused photos were removed, but compacting the file failed: ${(error as Error).message}`,
    );
  }
}

function describe({ dryRun, collected, keptRecent }: CollectResult, compacted: Compaction | null): string {
  const lines: string[] = [];
  if (collected.count === 0) {
    lines.push(keptRecent.count === 0 ? 'No unused photos.' : `No photos unused for more than ${GRACE_HOURS} hours.`);
  } else {
    lines.push(`${dryRun ? 'Would remove' : 'Removed'} ${photos(collected.count)} no article uses (${formatBytes(collected.bytes)}):`);
    for (const a of collected.assets) {
      const when = a.releasedAt !== null && lastUsed(a) === a.releasedAt ? `last used ${a.releasedAt}` : `added ${a.createdAt}`;
      lines.push(`  ${a.sha256.slice(0, 12)}  ${a.mime.padEnd(10)} ${formatBytes(a.size).padStart(9)}  ${when}`);
    }
  }
  if (keptRecent.count > 0) {
    lines.push(
      `Kept ${photos(keptRecent.count)} no article uses (${formatBytes(keptRecent.bytes)}), added or removed from an article in the last ${GRACE_HOURS} hours: ` +
        'the app may still need them for undo or an import in progress. With the app closed, --all-unused removes them too.',
    );
  }
  if (dryRun) lines.push('Dry run: nothing was removed.');
  else if (compacted) lines.push(`Compacted the database file: ${formatBytes(compacted.before)} → ${formatBytes(compacted.after)}.`);
  else if (collected.count > 0) lines.push('The database file keeps its size; SQLite reuses the freed space for new photos (--compact shrinks it).');
  return lines.join('\n') + '\n';
}

function photos(n: number): string {
  return `${n} photo${n === 1 ? '' : 's'}`;
}
