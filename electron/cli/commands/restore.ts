// `copydesk restore ID N`: brings back the words of version N as a new
// revision. Nothing is lost: the state it replaces is kept first as a
// before-restore version, and every version stays listed.
import { resolveArticleId } from '../article-id';
import type { Command } from '../command';
import { UsageError } from '../cli-error';
import { positiveInteger } from './version-args';

const USAGE = 'restore ID N';

export const restoreCommand: Command = {
  name: 'restore',
  usage: USAGE,
  summary: 'Bring back version N of an article as a new revision (what it replaces is kept as a version)',
  options: {},
  run(positionals, _flags, { io, services }) {
    if (positionals.length !== 2) throw new UsageError(`Expected an article id and a version number. Usage: copydesk ${USAGE}`);
    const [given, n] = positionals as [string, string];
    const number = positiveInteger(n, 'N', USAGE);
    const id = resolveArticleId(given, services);
    const ack = services().articles.restore(id, number);
    io.stdout(`Restored version ${number} of “${ack.headline || '(untitled)'}” as revision ${ack.revision}; the text it replaced is kept in its history.\n`);
  },
};
