import type { Command } from '../command';
import { readInterchange } from '../read-interchange';
import { requireOne } from './positionals';

export const importJsonCommand: Command = {
  name: 'import-json',
  usage: 'import-json FILE',
  summary: 'Create an article from interchange JSON (FILE or - for stdin); prints its id',
  options: {},
  async run(positionals, _flags, { io, services }) {
    const file = requireOne(positionals, 'one JSON file', 'import-json FILE');
    const fields = await readInterchange(file, io);
    const article = services().articles.create(fields, 'import');
    io.stdout(article.id + '\n');
  },
};
