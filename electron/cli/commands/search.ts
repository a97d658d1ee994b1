import { UsageError } from '../cli-error';
import type { Command } from '../command';
import { FILTER_OPTIONS, FILTER_USAGE, filterFromFlags, printRows } from './desk-filters';
import { parseQuery, isBlankQuery, BROAD_NOTICE } from '../../../shared/search/query';

// Best match first (newest first when broad: more than RANK_LIMIT matches), a page at a time, in the desk's query language (README, "Finding a story").
export const searchCommand: Command = {
  name: 'search',
  usage: `search QUERY ${FILTER_USAGE}`,
  summary: 'Find articles by their words ("exact phrase", -leave-out, OR)',
  options: FILTER_OPTIONS,
  run(positionals, flags, { io, services }) {
    const query = positionals.join(' ');
    // The whole query was typed: its last word is a word, not a prefix being typed.
    if (isBlankQuery(parseQuery(query, { typing: false }))) throw new UsageError('Expected words to search for. Usage: copydesk search QUERY');
    const { filter, limit } = filterFromFlags(flags, `${query} `);
    const articles = services().articles;
    // A broad search comes newest first, not best match first: say so (on stderr, so --json stays JSON).
    if (articles.listPage({ limit: 1, filter }).broad) io.stderr(`${BROAD_NOTICE}.\n`);
    const rows = articles.eachSummary(Math.min(limit, 500), filter);
    printRows(io, rows, limit, Boolean(flags.json), 'No articles match.');
  },
};
