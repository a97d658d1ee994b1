// Find and replace in the body, on prosemirror-search. While the find bar is
// closed the query is empty and the plugin does no work per keystroke; while it
// is open with a query, every change re-finds the matches (a search is O(text)).
import { getSearchState, search, SearchQuery, setSearchState } from 'prosemirror-search';
import type { EditorState, Plugin, Transaction } from 'prosemirror-state';

export function findPlugin(): Plugin {
  return search();
}

export interface FindOptions {
  search: string;
  replace: string;
  caseSensitive: boolean;
}

/** A plain-text query (no regular expressions: journalists search for words, and `.` or `$` mean themselves). */
export function queryFor(options: FindOptions): SearchQuery {
  return new SearchQuery({ search: options.search, replace: options.replace, caseSensitive: options.caseSensitive, literal: true });
}

export function withQuery(tr: Transaction, options: FindOptions): Transaction {
  return setSearchState(tr, queryFor(options));
}

/** How many matches there are, and which one (1-based) the selection is on, if any. */
export function matchPosition(state: EditorState): { current: number | null; total: number } {
  const query = getSearchState(state)?.query;
  if (!query?.valid) return { current: null, total: 0 };
  let total = 0;
  let current: number | null = null;
  const { from, to } = state.selection;
  for (let pos = 0; ; ) {
    const match = query.findNext(state, pos);
    if (!match) break;
    total++;
    if (match.from === from && match.to === to) current = total;
    pos = Math.max(match.to, pos + 1);
  }
  return { current, total };
}
