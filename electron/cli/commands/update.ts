// `copydesk update ID FILE [--base REVISION]`: saves interchange JSON (what
// `show --json` prints) onto the article, by the same path as an autosave
// (versions follow the same rules). With --base, a stale revision is refused
// as a conflict instead of overwriting what someone saved since.
import { InterchangeInput, interchangeToFields } from '../../../shared/article/fields';
import { describeIssues } from '../../../shared/ipc/result';
import { CliError, UsageError } from '../cli-error';
import type { Command } from '../command';
import { readInputText } from '../read-input';
import { positiveInteger } from './version-args';

const USAGE = 'update ID FILE [--base REVISION]';

export const updateCommand: Command = {
  name: 'update',
  usage: USAGE,
  summary: 'Save interchange JSON (FILE or - for stdin) onto an article; --base refuses a stale revision',
  options: { base: { type: 'string' } },
  async run(positionals, flags, { io, services }) {
    if (positionals.length !== 2) throw new UsageError(`Expected an article id and one JSON file. Usage: copydesk ${USAGE}`);
    const [id, file] = positionals as [string, string];
    const base = flags.base === undefined ? null : positiveInteger(flags.base, '--base', USAGE);
    const text = await readInputText(file, io);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    // Checked before the database is opened: bad input never touches it.
    const parsed = InterchangeInput.safeParse(json);
    if (!parsed.success) throw new CliError(`${file} is not a Copydesk article: ${describeIssues(parsed.error.issues)}`);
    const { articles, db } = services();
    const ack = db
      .transaction(() => articles.save(id, base ?? articles.revisionOf(id), interchangeToFields(parsed.data)))
      .immediate();
    io.stdout(`Saved “${ack.headline || '(untitled)'}” as revision ${ack.revision}.\n`);
  },
};
