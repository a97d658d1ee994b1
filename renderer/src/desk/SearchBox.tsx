// The desk's search box: results as the journalist types (debounced; a page
// that answers older words is dropped by LibraryPages), Mod-Shift-F from
// anywhere, ↓ into the results, Enter opens the first, Escape clears.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryPages } from '../library/library-pages';

/** Typing pauses this long before the words are searched. */
const DEBOUNCE_MS = 150;

export function SearchBox(props: { library: LibraryPages; onOpenFirst(): void; onFocusResults(): void; subscribeFocus(listener: () => void): () => void }) {
  const { library } = props;
  const [text, setText] = useState(() => library.getSnapshot().desk.text);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const send = (value: string, now = false) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (now) void library.setQuery({ text: value });
    else timer.current = setTimeout(() => void library.setQuery({ text: value }), DEBOUNCE_MS);
  };
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  // New Article put the desk back to the plain list: show its (empty) words, and drop any still waiting to be sent.
  const resets = useRef(library.getSnapshot().resets);
  useEffect(
    () =>
      library.subscribe(() => {
        const snapshot = library.getSnapshot();
        if (snapshot.resets === resets.current) return;
        resets.current = snapshot.resets;
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        setText(snapshot.desk.text);
      }),
    [library],
  );

  // Mod-Shift-F: the menu's accelerator in the app (it sends focusSearch), the key itself in a browser.
  useEffect(() => {
    const focus = () => {
      input.current?.focus();
      input.current?.select();
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    const unsubscribe = props.subscribeFocus(focus);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      unsubscribe();
    };
  }, [props.subscribeFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && text !== '') {
      e.preventDefault();
      setText('');
      send('', true);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // The words as typed, then the first result.
      send(text, true);
      void library.whenLoaded().then(() => props.onOpenFirst());
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      props.onFocusResults();
    }
  };

  return (
    <input
      ref={input}
      type="search"
      className="desk-search"
      aria-label="Search articles"
      aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
      placeholder="Search articles"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        send(e.target.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
