// copydesk targets list | set SECTION WORDS|none
// The desk's default length target per section (migration 013): an article of
// that section with no target of its own is measured against it. Sections
// compare ignoring case and accents, as the desk's section filter does. Bad
// input is one line and exit 2, checked before the database is opened.
import { groupThousands } from '../../../shared/limits';
import { parseSectionTarget } from '../../../shared/article/section-targets';
import { UsageError } from '../cli-error';
import type { Command } from '../command';
import { subcommand } from './positionals';

const USAGE = 'targets list | set SECTION WORDS|none';

export const targetsCommand: Command = {
  name: 'targets',
  usage: USAGE,
  summary: 'Default length targets per section: list them, or set (or remove, with none) a section’s',
  options: {},
  async run(positionals, _flags, { io, services }) {
    const { action, rest } = subcommand(positionals, USAGE);
    switch (action) {
      case 'list': {
        if (rest.length) throw new UsageError(`"targets list" takes nothing after it. Usage: copydesk ${USAGE}`);
        const list = services().sectionTargets.list();
        if (!list.length) io.stdout('No section has a default target.\n');
        for (const t of list) io.stdout(`${t.section}  ${groupThousands(t.targetWords)} words\n`);
        return;
      }
      case 'set': {
        if (rest.length !== 2) throw new UsageError(`Expected a section and a number of words (or none). Usage: copydesk ${USAGE}`);
        const typed = parseSectionTarget(rest[0]!, rest[1]!);
        if (!typed.ok) throw new UsageError(typed.message);
        services().sectionTargets.set(typed.section, typed.words);
        io.stdout(typed.words === null ? `${typed.section} has no default target now.\n` : `${typed.section}: articles with no target of their own aim at ${groupThousands(typed.words)} words.\n`);
        return;
      }
      default:
        throw new UsageError(`${action ? `Unknown action "${action}". ` : ''}Usage: copydesk ${USAGE}`);
    }
  },
};
