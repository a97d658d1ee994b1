// The filters `list` and `search` share: --status, --section, --tag,
// --spiked and --limit, checked before the database is opened (a usage
// mistake changes nothing and exits 2), then the rows printed a page at a time.
import { ARTICLE_STATUSES, ArticleStatus } from '../../../shared/article/fields';
import { ListFilter, type DeskRow } from '../../../shared/article/list-page';
import { describeIssues } from '../../../shared/errors/app-error';
import { UsageError } from '../cli-error';
import type { CliIO, Command } from '../command';

export const FILTER_OPTIONS: Command['options'] = {
  status: { type: 'string' },
  section: { type: 'string' },
  tag: { type: 'string' },
  spiked: { type: 'boolean' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
};
export const FILTER_USAGE = `[--status ${ARTICLE_STATUSES.join('|')}] [--section S] [--tag T] [--spiked] [--limit N] [--json]`;

/** The filter and row limit the flags ask for; UsageError (exit 2) for a bad one. */
export function filterFromFlags(flags: Record<string, string | boolean | undefined>, query?: string): { filter: ListFilter; limit: number } {
  if (flags.status !== undefined && !ArticleStatus.safeParse(flags.status).success) {
    throw new UsageError(`--status must be one of ${ARTICLE_STATUSES.join(', ')}.`);
  }
  let limit = Infinity;
  if (flags.limit !== undefined) {
    limit = Number(flags.limit);
    if (!/^\d+$/.test(String(flags.limit)) || limit < 1) throw new UsageError('--limit must be a whole number of articles, 1 or more.');
  }
  const candidate = {
    ...(query !== undefined ? { query } : {}),
    ...(flags.status ? { status: flags.status } : {}),
    ...(flags.section !== undefined ? { section: flags.section } : {}),
    ...(flags.tag !== undefined ? { tag: flags.tag } : {}),
    ...(flags.spiked ? { spiked: true } : {}),
  };
  const parsed = ListFilter.safeParse(candidate);
  if (!parsed.success) throw new UsageError(`${describeIssues(parsed.error.issues)}.`);
  return { filter: parsed.data, limit };
}

/** Prints rows as the list does (or as a JSON array), stopping at `limit`; says so when there are none. */
export function printRows(io: CliIO, rows: Iterable<DeskRow>, limit: number, json: boolean, none: string): void {
  let count = 0;
  for (const row of rows) {
    if (count >= limit) break;
    if (json) io.stdout((count === 0 ? '[\n' : ',\n') + JSON.stringify(row, null, 2).replace(/^/gm, '  '));
    else io.stdout(`${row.id}  ${row.status.padEnd(9)} ${String(row.wordCount).padStart(6)} words  ${row.headline || '(untitled)'}${row.snippet ? `\n    ${row.snippet.text}` : ''}\n`);
    count++;
  }
  if (json) io.stdout(count === 0 ? '[]\n' : '\n]\n');
  else if (count === 0) io.stdout(`${none}\n`);
}
