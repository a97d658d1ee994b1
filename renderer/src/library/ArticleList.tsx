// The library on the left: a filter box (once the library is long enough that
// scanning it by eye gets slow) over the windowed list of articles.
import { useCallback, useSyncExternalStore } from 'react';
import type { LibraryPages } from './library-pages';
import { WindowedList } from './WindowedList';

/** Shown once the list is long enough that scanning it by eye gets slow. */
const FILTER_FROM = 8;

export function ArticleList(props: {
  library: LibraryPages;
  /** Articles with edits that could not be saved, kept for the writer to restore (editor/rescue/). */
  withKeptEdits?: ReadonlySet<string>;
  selectedId: string | null;
  onOpen(id: string): void;
}) {
  const { library } = props;
  const view = useSyncExternalStore(library.subscribe, library.getSnapshot);
  const loadMore = useCallback(() => void library.loadMore(), [library]);
  const filtering = view.filter.trim() !== '';

  if (view.total === null && view.loading) return <p className="muted list-note">Loading…</p>;
  if (view.total === 0 && !filtering) return <p className="muted list-note">Your articles will appear here.</p>;
  return (
    <>
      {((view.total ?? 0) >= FILTER_FROM || view.filter !== '') && (
        <input
          type="search"
          className="article-filter"
          aria-label="Filter articles by headline"
          placeholder="Filter by headline"
          value={view.filter}
          onChange={(e) => void library.setFilter(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && void library.setFilter('')}
        />
      )}
      {view.error && <p role="alert" className="muted list-note">The list could not be read: {view.error}</p>}
      {filtering && !view.loading && view.rows.length === 0 && (
        <p className="muted list-note">No headline contains “{view.filter.trim()}”.</p>
      )}
      <WindowedList
        key={view.query}
        rows={view.rows}
        hasMore={view.hasMore}
        setSize={!filtering && view.total !== null ? view.total : view.hasMore ? -1 : view.rows.length}
        selectedId={props.selectedId}
        withKeptEdits={props.withKeptEdits}
        onOpen={props.onOpen}
        onNeedMore={loadMore}
        query={view.query}
      />
    </>
  );
}
