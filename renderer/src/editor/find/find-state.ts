// Find and replace in the body, on prosemirror-search. While the find bar is
// closed the query is empty and the plugin does no work per keystroke; while it
// is open with a query, every change re-finds the matches (a search is O(text)).
import { getMatchHighlights, search, SearchQuery, setSearchState } from 'prosemirror-search';
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

/**
 * How many matches there are, and which one (1-based) the selection is on, if
 * any. Read from the highlights the plugin already found for this state, so the
 * text is not searched a second time.
 */
export function matchPosition(state: EditorState): { current: number | null; total: number } {
  const matches = getMatchHighlights(state).find();
  const { from, to } = state.selection;
  const index = matches.findIndex((match) => match.from === from && match.to === to);
  return { current: index === -1 ? null : index + 1, total: matches.length };
}
