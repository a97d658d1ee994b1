// `copydesk update ID FILE [--base REVISION]`: saves interchange JSON (what
// `show --json` prints) onto the article, by the same path as an autosave
// (versions follow the same rules). With --base, a stale revision is refused
// as a conflict instead of overwriting what someone saved since.
import { resolveArticleId } from '../article-id';
import { UsageError } from '../cli-error';
import type { Command } from '../command';
import { readInterchange } from '../read-interchange';
import { positiveInteger } from './version-args';

const USAGE = 'update ID FILE [--base REVISION]';

export const updateCommand: Command = {
  name: 'update',
  usage: USAGE,
  summary: 'Save interchange JSON (FILE or - for stdin) onto an article; --base refuses a stale revision',
  options: { base: { type: 'string' } },
  async run(positionals, flags, { io, services }) {
    if (positionals.length !== 2) throw new UsageError(`Expected an article id and one JSON file. Usage: copydesk ${USAGE}`);
    const [given, file] = positionals as [string, string];
    const base = flags.base === undefined ? null : positiveInteger(flags.base, '--base', USAGE);
    const fields = await readInterchange(file, io);
    const id = resolveArticleId(given, services);
    const { articles, db } = services();
    const ack = db.transaction(() => articles.save(id, base ?? articles.revisionOf(id), fields)).immediate();
    io.stdout(`Saved “${ack.headline || '(untitled)'}” as revision ${ack.revision}.\n`);
  },
};
