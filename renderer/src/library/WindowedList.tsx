// The library list, windowed: only the rows in view (and a few either side)
// are in the DOM, whatever the size of the library, and the next page is
// asked for as the end of the loaded rows comes into view.
//
// Keyboard: every rendered row is a button in tab order; the rows either side
// of the view are rendered (overscan), so Tab and Shift+Tab walk on while the
// browser scrolls the focused row into view. The focused row is always kept
// rendered, so scrolling it away with the wheel does not drop focus. Arrow
// keys, Home and End move between rows too.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { DeskRow } from '../../../shared/article/list-page';
import { ArticleRow } from './ArticleRow';

/** Ask for the next page when the view is this many rows from the end of what is loaded. */
const PREFETCH_ROWS = 20;
const ROW_ESTIMATE = 54;

export function WindowedList(props: {
  rows: readonly DeskRow[];
  hasMore: boolean;
  /** Articles in the whole list when known (aria-setsize); -1 says "unknown". */
  setSize: number;
  selectedId: string | null;
  withKeptEdits?: ReadonlySet<string>;
  onOpen(id: string): void;
  onNeedMore(): void;
  /** Which query these rows answer (LibrarySnapshot.query): the benchmark waits for it to change. */
  query: number;
}) {
  const { rows, hasMore, onNeedMore } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const focused = useRef<number | null>(null);
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const count = rows.length + (hasMore ? 1 : 0);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep !== null && keep < range.count && !indexes.includes(keep)) return [...indexes, keep].sort((a, b) => a - b);
    return indexes;
  }, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    rangeExtractor,
    getItemKey: (index) => rows[index]?.id ?? 'more',
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && last >= rows.length - PREFETCH_ROWS) onNeedMore();
  }, [hasMore, last, rows.length, onNeedMore]);

  // A key moved to a row that was not rendered yet: focus it once it is.
  useEffect(() => {
    if (focusTarget === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`button[data-index="${focusTarget}"]`);
    if (button) {
      button.focus();
      setFocusTarget(null);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = focused.current ?? 0;
    const moves: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: rows.length - 1 };
    if (!(event.key in moves) || rows.length === 0) return;
    event.preventDefault();
    const to = Math.max(0, Math.min(rows.length - 1, moves[event.key]!));
    focused.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    setFocusTarget(to);
  };

  return (
    <div className="article-scroller" ref={scroller} data-query={props.query}>
      <ul
        className="article-list"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const index = Number((e.target as HTMLElement).dataset.index);
          if (Number.isInteger(index)) focused.current = index;
        }}
      >
        {items.map((item) => {
          const article = rows[item.index];
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="article-item"
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={article ? props.setSize : undefined}
              aria-posinset={article ? item.index + 1 : undefined}
            >
              {article ? (
                <ArticleRow
                  article={article}
                  index={item.index}
                  current={article.id === props.selectedId}
                  kept={props.withKeptEdits?.has(article.id) ?? false}
                  onOpen={props.onOpen}
                />
              ) : (
                <p className="muted list-note">Loading more…</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
