// A modal dialog's keyboard rules: focus moves in when it opens and back where
// it was when it closes; Tab and Shift+Tab cycle inside it instead of reaching
// the window behind.
import { useEffect, useRef, type KeyboardEvent } from 'react';

export function useModalFocus<T extends HTMLElement>() {
  const dialog = useRef<T>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => before?.focus?.();
  }, []);

  const trapTab = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = [
      ...dialog.current.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), [href], [tabindex="0"], summary'),
    ];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return { dialog, trapTab };
}
