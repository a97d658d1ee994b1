// copydesk dictionary add WORD… | remove WORD… | list | import FILE | export FILE
// The newsroom dictionary: names, places and organisations every article's
// spelling check accepts. Import and export are plain word lists, one a line.
import fs from 'node:fs';
import path from 'node:path';
import { parseWordList } from '../../../shared/checks/spelling/newsroom-dictionary';
import { CheckStore } from '../../main/checks/check-store';
import { CliError, UsageError } from '../cli-error';
import type { Command } from '../command';
import { readInputText } from '../read-input';
import { subcommand } from './positionals';

const USAGE = 'dictionary add WORD… | remove WORD… | list | import FILE | export FILE';

export const dictionaryCommand: Command = {
  name: 'dictionary',
  usage: USAGE,
  summary: 'The newsroom dictionary: words every spelling check accepts',
  options: {},
  async run(positionals, _flags, { io, services }) {
    const { action, rest, one } = subcommand(positionals, USAGE);
    const store = () => new CheckStore(services().db);
    switch (action) {
      case 'add': {
        if (!rest.length) throw new UsageError(`Expected the words to add. Usage: copydesk ${USAGE}`);
        const added = store().addWords(rest);
        io.stdout(`Added ${added} word${added === 1 ? '' : 's'} to the newsroom dictionary${added < rest.length ? ` (${rest.length - added} already there)` : ''}.\n`);
        return;
      }
      case 'remove': {
        if (!rest.length) throw new UsageError(`Expected the words to remove. Usage: copydesk ${USAGE}`);
        const { removed, missing } = store().removeWords(rest);
        io.stdout(`Removed ${removed} word${removed === 1 ? '' : 's'}.\n`);
        if (missing.length) throw new CliError(`Not in the newsroom dictionary: ${missing.join(', ')}.`);
        return;
      }
      case 'list': {
        if (rest.length) throw new UsageError(`"dictionary list" takes nothing more. Usage: copydesk ${USAGE}`);
        const words = store().words();
        io.stdout(words.length ? words.join('\n') + '\n' : 'The newsroom dictionary is empty.\n');
        return;
      }
      case 'import': {
        const file = one('one word-list file to import');
        const { words, refused } = parseWordList(await readInputText(file, io));
        if (refused.length) {
          throw new CliError(`${file} was not imported: ${refused.length} line${refused.length === 1 ? ' is' : 's are'} not a single word (${refused.slice(0, 3).map((r) => `"${r.slice(0, 40)}"`).join(', ')}${refused.length > 3 ? ', …' : ''}).`);
        }
        const added = store().addWords(words);
        io.stdout(`Imported ${file}: ${added} new word${added === 1 ? '' : 's'} (${words.length - added} already there).\n`);
        return;
      }
      case 'export': {
        const file = one('the file to write');
        const words = store().words();
        writeOrFail(path.resolve(io.cwd, file), words.length ? words.join('\n') + '\n' : '');
        io.stdout(`Wrote ${words.length} word${words.length === 1 ? '' : 's'} to ${file}.\n`);
        return;
      }
      default:
        throw new UsageError(`${action ? `Unknown action "${action}". ` : ''}Usage: copydesk ${USAGE}`);
    }
  },
};

export function writeOrFail(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message}.`);
  }
}
