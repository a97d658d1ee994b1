// `copydesk history ID`: every version of an article, newest first, with why
// it was taken and how the word count changed since the one before it.
import { resolveArticleId } from '../article-id';
import type { Command } from '../command';
import { REASON_LABELS, type VersionSummary } from '../../../shared/history/version';
import { requireOne } from './positionals';
import type { VersionStore } from '../../main/store/versions';

const USAGE = 'history ID [--json]';

export const historyCommand: Command = {
  name: 'history',
  usage: USAGE,
  summary: 'List the versions of an article, newest first',
  options: { json: { type: 'boolean' } },
  run(positionals, flags, { io, services }) {
    const id = resolveArticleId(requireOne(positionals, 'an article id', USAGE), services);
    const versions = [...allVersions(services().versions, id)];
    if (flags.json) {
      io.stdout(JSON.stringify(versions, null, 2) + '\n');
      return;
    }
    if (versions.length === 0) {
      io.stdout('No versions yet: one is taken the next time the article is saved.\n');
      return;
    }
    io.stdout(`${'#'.padStart(4)}  ${'when (UTC)'.padEnd(16)}  ${'why'.padEnd(20)} ${'words'.padStart(6)} ${'change'.padStart(7)}  name\n`);
    versions.forEach((v, i) => {
      const older = versions[i + 1];
      const change = older ? v.wordCount - older.wordCount : v.wordCount;
      io.stdout(
        `${String(v.number).padStart(4)}  ${v.createdAt.slice(0, 16).replace('T', ' ')}  ${reasonText(v).padEnd(20)} ` +
          `${String(v.wordCount).padStart(6)} ${signed(change).padStart(7)}  ${v.name ?? ''}`.trimEnd() + '\n',
      );
    });
  },
};

export function reasonText(v: VersionSummary): string {
  return v.reason === 'restore' && v.restoredFrom ? `${REASON_LABELS.restore} (from ${v.restoredFrom})` : REASON_LABELS[v.reason];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

function* allVersions(store: VersionStore, id: string): Generator<VersionSummary> {
  let before: number | undefined;
  do {
    const page = store.list(id, { limit: 200, before });
    yield* page.items;
    before = page.nextBefore ?? undefined;
  } while (before !== undefined);
}
