import type { Command } from '../command';
import { FILTER_OPTIONS, FILTER_USAGE, filterFromFlags, printRows } from './desk-filters';

// Streams the library a page at a time: nothing here holds every article.
export const listCommand: Command = {
  name: 'list',
  usage: `list ${FILTER_USAGE}`,
  summary: 'List articles, newest first (spiked ones with --spiked)',
  options: FILTER_OPTIONS,
  run(_positionals, flags, { io, services }) {
    const { filter, limit } = filterFromFlags(flags);
    const filtered = Object.keys(filter).length > 0;
    const rows = services().articles.eachSummary(Math.min(limit, 500), filter);
    printRows(io, rows, limit, Boolean(flags.json), filter.spiked ? 'No spiked articles.' : filtered ? 'No articles match.' : 'No articles yet.');
  },
};
