// The find bar (Mod-F or Mod-H): both start in Find, with the selected words in
// it; Tab goes on to Replace. Enter finds the next match, Shift+Enter the
// previous one; Escape closes it and puts the writer back in the text on the
// match. Matches are highlighted in the body as they are found. The bar has
// its own row above the text (it never covers it); a match found is scrolled
// into view in the text's own scroller, below the bar.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorEffect, useEditorEventCallback, useEditorState } from '@handlewithcare/react-prosemirror';
import { findNext, findPrev, replaceAll, replaceNext } from 'prosemirror-search';
import type { Command } from 'prosemirror-state';
import { matchPosition, withQuery, type FindOptions } from './find-state';

export interface FindBarProps {
  /** Bumped by every Mod-F or Mod-H: the Find field takes focus (the bar may already be open). */
  focus: { seq: number };
  onClose(): void;
}

export function FindBar({ focus, onClose }: FindBarProps) {
  const id = useId();
  const state = useEditorState();
  const [options, setOptions] = useState<FindOptions>(() => ({ search: '', replace: '', caseSensitive: false }));
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  // Open with the selected words, as in any editor; and the query goes when the bar does.
  const setQuery = useEditorEventCallback((view, next: FindOptions) => {
    if (!view || view.isDestroyed) return; // the article was closed with the bar open
    view.dispatch(withQuery(view.state.tr, next));
  });
  const seeded = useEditorEventCallback((view) => {
    if (!view) return '';
    const { from, to, empty } = view.state.selection;
    const text = empty ? '' : view.state.doc.textBetween(from, to, ' ');
    return text.length <= 200 && !text.includes('\n') ? text : '';
  });
  useEffect(() => () => setQuery({ search: '', replace: '', caseSensitive: false }), [setQuery]);
  // Every Mod-F / Mod-H: the selected words (if any) become the search, and Find takes the focus.
  useEffect(() => {
    // Pressed again in the bar itself, the selection is the match found: the search stays as typed.
    const fromText = !findInput.current?.closest('.find-bar')?.contains(document.activeElement);
    const initial = fromText ? seeded() : '';
    if (initial) update({ search: initial });
    findInput.current?.focus();
    findInput.current?.select();
    // Once per key press (focus.seq).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  function update(change: Partial<FindOptions>) {
    const next = { ...options, ...change };
    setOptions(next);
    setQuery(next);
  }

  const run = useEditorEventCallback((view, command: Command) => {
    if (view) command(view.state, view.dispatch, view);
  });
  const close = useEditorEventCallback((view) => {
    onClose();
    view?.focus(); // back in the text, on the match that was found
  });

  const { current, total } = state ? matchPosition(state) : { current: null, total: 0 };
  // The match found is brought into view in the text's scroller, below this bar. (ProseMirror's own
  // scrollIntoView does nothing while the focus, and so the DOM selection, is in the bar.)
  useEditorEffect(
    (view) => {
      if (current === null) return;
      const match = view.dom.querySelector('.ProseMirror-active-search-match');
      const scroller = match?.closest('.editor-scroll');
      if (!match || !scroller) return;
      const r = match.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      // In the middle, with its paragraph around it; a match already in sight stays where it is.
      if (r.top < box.top || r.bottom > box.bottom) match.scrollIntoView({ block: 'center', inline: 'nearest' });
    },
    [current, state?.selection.from],
  );
  const status = !options.search ? '' : total === 0 ? 'No matches' : current ? `${current} of ${total}` : `${total} ${total === 1 ? 'match' : 'matches'}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && e.target === findInput.current) {
      e.preventDefault();
      run(e.shiftKey ? findPrev : findNext);
    } else if (e.key === 'Enter' && e.target === replaceInput.current) {
      e.preventDefault();
      run(replaceNext);
    }
  };

  // In the order Tab takes: Find, Replace with, then the buttons (the grid places them in two rows).
  return (
    <div className="find-bar" role="search" aria-label="Find and replace in the body" onKeyDown={onKeyDown}>
      <label className="find-label-find" htmlFor={`${id}-find`}>
        Find
      </label>
      <input
        id={`${id}-find`}
        className="find-input-find"
        ref={findInput}
        type="search"
        value={options.search}
        spellCheck={false}
        onChange={(e) => update({ search: e.target.value })}
      />
      <label className="find-label-replace" htmlFor={`${id}-replace`}>
        Replace with
      </label>
      <input
        id={`${id}-replace`}
        className="find-input-replace"
        ref={replaceInput}
        type="text"
        value={options.replace}
        spellCheck={false}
        onChange={(e) => update({ replace: e.target.value })}
      />
      <span className="find-status" role="status" data-testid="find-status">
        {status}
      </span>
      <span className="find-steps">
        <button type="button" onClick={() => run(findPrev)} disabled={total === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
          ↑
        </button>
        <button type="button" onClick={() => run(findNext)} disabled={total === 0} aria-label="Next match" title="Next match (Enter)">
          ↓
        </button>
      </span>
      <span className="find-replace-actions">
        <button type="button" onClick={() => run(replaceNext)} disabled={total === 0}>
          Replace
        </button>
        <button type="button" onClick={() => run(replaceAll)} disabled={total === 0}>
          Replace all
        </button>
        <label className="find-case">
          <input type="checkbox" checked={options.caseSensitive} onChange={(e) => update({ caseSensitive: e.target.checked })} />
          Match case
        </label>
      </span>
      <button type="button" className="find-close" onClick={close} aria-label="Close find" title="Close (Esc)">
        ✕
      </button>
    </div>
  );
}
