// What the library's headline filter matches: the headline as the list shows
// it, ignoring case and accents, so "cafe" finds "Café". One home for the
// rule: the store keeps each headline's key (migration 006, article_summaries),
// the query is folded the same way, and SQLite compares the two.
//
// Changing fold() changes what stored keys mean: it needs a migration that
// recomputes article_summaries.headline_key.

/** How the list names an article that has no headline yet. */
export const UNTITLED_HEADLINE = 'Untitled article';

/** Case- and accent-insensitive form: decomposed, combining marks dropped, lower case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The stored search key of a headline: the shown text, folded. */
export function headlineSearchKey(headline: string): string {
  return foldForSearch(headline || UNTITLED_HEADLINE);
}

/** The folded filter text, or '' when the filter is blank (no filtering). */
export function headlineQuery(filter: string): string {
  return foldForSearch(filter.trim());
}
