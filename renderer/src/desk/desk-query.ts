// What the desk is asked to show — the search words, the filters, the order,
// the Spiked view — and how that becomes one listArticles request. Pure, so
// the date arithmetic and the "is this the plain list?" rule are unit-tested.
import type { ArticleStatus } from '../../../shared/article/fields';
import type { ListFilter, ListSort } from '../../../shared/article/list-page';

export const WITHIN = ['any', 'today', '7', '30', 'custom'] as const;
export type Within = (typeof WITHIN)[number];

export interface DeskQuery {
  /** The search box as typed (shared/search/query.ts reads it). */
  readonly text: string;
  readonly status: ArticleStatus | '';
  readonly section: string;
  readonly tag: string;
  /** Last saved: any time, today, in the last 7 or 30 days, or between two dates (from/to, yyyy-mm-dd, local days). */
  readonly within: Within;
  readonly from: string;
  readonly to: string;
  readonly spiked: boolean;
  readonly sort: ListSort;
}

export const PLAIN_LIST: DeskQuery = { text: '', status: '', section: '', tag: '', within: 'any', from: '', to: '', spiked: false, sort: 'updated' };

const DAY = 24 * 3600 * 1000;

/** The request's filter and sort for this query, with "today" and "7 days" counted from `now` in local time. */
export function requestFor(query: DeskQuery, now: Date): { filter?: ListFilter; sort?: ListSort } {
  const filter: ListFilter = {};
  if (query.text.trim()) filter.query = query.text;
  if (query.status) filter.status = query.status;
  if (query.section.trim()) filter.section = query.section.trim();
  if (query.tag.trim()) filter.tag = query.tag.trim();
  if (query.spiked) filter.spiked = true;
  const range = updatedRange(query, now);
  if (range.from) filter.updatedFrom = range.from.toISOString();
  if (range.before) filter.updatedBefore = range.before.toISOString();
  return { ...(Object.keys(filter).length ? { filter } : {}), ...(query.sort !== 'updated' ? { sort: query.sort } : {}) };
}

function updatedRange(query: DeskQuery, now: Date): { from?: Date; before?: Date } {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  switch (query.within) {
    case 'today':
      return { from: midnight };
    case '7':
    case '30':
      return { from: new Date(now.getTime() - Number(query.within) * DAY) };
    case 'custom': {
      const from = localDay(query.from);
      const to = localDay(query.to);
      return { ...(from ? { from } : {}), ...(to ? { before: new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1) } : {}) };
    }
    default:
      return {};
  }
}

function localDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** The unfiltered list (a new article belongs on top of it; its total is the library's). */
export function isPlainList(query: DeskQuery): boolean {
  const { filter } = requestFor(query, new Date());
  return filter === undefined && query.sort === 'updated';
}

/** Whether the words in the box search (best match first) rather than only filter. */
export function isSearching(query: DeskQuery): boolean {
  return query.text.trim() !== '';
}
