import { InterchangeInput, interchangeToFields } from '../../../shared/article/fields';
import { describeEveryIssue } from '../../../shared/ipc/result';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { readInputText } from '../read-input';
import { requireOne } from './positionals';

export const importJsonCommand: Command = {
  name: 'import-json',
  usage: 'import-json FILE',
  summary: 'Create an article from interchange JSON (FILE or - for stdin); prints its id',
  options: {},
  async run(positionals, _flags, { io, services }) {
    const file = requireOne(positionals, 'one JSON file', 'import-json FILE');
    const text = await readInputText(file, io);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    // Everything is checked before the database is opened: bad input never touches it.
    const parsed = InterchangeInput.safeParse(json);
    if (!parsed.success) throw new CliError(`${file} is not a Copydesk article: ${describeEveryIssue(parsed.error.issues)}`);
    const article = services().articles.create(interchangeToFields(parsed.data));
    io.stdout(article.id + '\n');
  },
};
