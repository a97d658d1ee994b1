// The library on the left, as a desk: the search box and filters over the
// windowed list of articles (or of results: the same paged list).
import { useCallback, useSyncExternalStore } from 'react';
import type { LibraryPages } from './library-pages';
import { WindowedList } from './WindowedList';
import { SearchBox } from '../desk/SearchBox';
import { DeskFilters } from '../desk/DeskFilters';
import { isPlainList } from '../desk/desk-query';
import { BROAD_NOTICE } from '../../../shared/search/query';

export function ArticleList(props: {
  library: LibraryPages;
  /** Articles with edits that could not be saved, kept for the writer to restore (editor/rescue/). */
  withKeptEdits?: ReadonlySet<string>;
  selectedId: string | null;
  onOpen(id: string): void;
  /** Mod-Shift-F from the menu. */
  subscribeFocus(listener: () => void): () => void;
}) {
  const { library, onOpen } = props;
  const view = useSyncExternalStore(library.subscribe, library.getSnapshot);
  const loadMore = useCallback(() => void library.loadMore(), [library]);
  const plain = isPlainList(view.desk);
  const openFirst = useCallback(() => {
    const first = library.getSnapshot().rows[0];
    if (first) onOpen(first.id);
  }, [library, onOpen]);
  const focusResults = useCallback(() => document.querySelector<HTMLButtonElement>('.article-scroller button[data-index="0"]')?.focus(), []);

  if (view.total === null && view.loading && plain && view.rows.length === 0) return <p className="muted list-note">Loading…</p>;
  if (view.total === 0 && plain) return <p className="muted list-note">Your articles will appear here.</p>;
  return (
    <>
      <div role="search" className="desk-head">
        <SearchBox library={library} onOpenFirst={openFirst} onFocusResults={focusResults} subscribeFocus={props.subscribeFocus} />
        <DeskFilters library={library} />
      </div>
      {view.error && <p role="alert" className="muted list-note">The list could not be read: {view.error}</p>}
      <p className="visually-hidden" role="status">
        {!plain && !view.loading ? (view.rows.length === 0 ? 'No articles match.' : view.hasMore ? 'Results found.' : `${view.rows.length} found.`) : ''}
      </p>
      {!plain && !view.loading && view.broad && view.rows.length > 0 && <p className="muted list-note broad-note">{BROAD_NOTICE}</p>}
      {!plain && !view.loading && view.rows.length === 0 && (
        <p className="muted list-note">{view.desk.spiked ? 'Nothing on the spike matches.' : 'No articles match.'}</p>
      )}
      <WindowedList
        key={view.query}
        rows={view.rows}
        hasMore={view.hasMore}
        setSize={plain && view.total !== null ? view.total : view.hasMore ? -1 : view.rows.length}
        selectedId={props.selectedId}
        withKeptEdits={props.withKeptEdits}
        onOpen={onOpen}
        onNeedMore={loadMore}
        query={view.query}
      />
    </>
  );
}
