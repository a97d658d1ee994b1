// A native modal <dialog>: shown with showModal() once mounted (the browser
// keeps focus and Tab inside it, makes the rest of the window inert and sends
// `cancel` on Escape), closed when it unmounts, with focus back where it was.
import { useEffect, useRef } from 'react';

/** `focusSelf`: the dialog itself takes focus (a long panel read before acting), not its first control. */
export function useModalDialog({ focusSelf = false } = {}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    const before = document.activeElement as HTMLElement | null;
    if (el && !el.open) el.showModal();
    if (focusSelf) el?.focus();
    return () => {
      el?.close();
      if (before?.isConnected && document.activeElement !== before) before.focus();
    };
  }, []);
  return dialog;
}
