// Mod-K: a small editor for the link under the cursor or on the selection.
// Addresses outside http/https/mailto are refused with the reason. Escape is
// handled here: a non-modal <dialog> gets no cancel event from the browser.
import { useEffect, useId, useRef, useState } from 'react';
import { useEditorEffect, useEditorEventCallback } from '@handlewithcare/react-prosemirror';
import { linkAt, normalizeHref, removeLink, setLink } from '../commands/link';
import { markLinkTarget } from './link-target';

export function LinkEditor({ onClose }: { onClose(): void }) {
  const [href, setHref] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hasLink, setHasLink] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const errorId = useId();

  // Read the view once, after React has committed: the current link and where the cursor is.
  const [measured, setMeasured] = useState(false);
  useEditorEffect(
    (view) => {
      if (!view || measured) return;
      setMeasured(true);
      const existing = linkAt(view.state);
      setHasLink(!!existing);
      setHref(existing?.href ?? '');
      const { from, to } = view.state.selection;
      view.dispatch(markLinkTarget(view.state.tr, { from, to }));
      const frame = view.dom.closest('.editor')?.getBoundingClientRect();
      const coords = view.coordsAtPos(to);
      const width = box.current?.offsetWidth ?? 320;
      if (frame) {
        // Under the selection, but never past the edge of the page.
        const left = Math.min(Math.max(0, coords.left - frame.left - 16), Math.max(0, frame.width - width - 8));
        setPosition({ top: coords.bottom - frame.top + 6, left });
      }
    },
    [measured],
  );
  useEffect(() => input.current?.focus(), []);

  const clearTarget = (view: { state: import('prosemirror-state').EditorState; dispatch(tr: import('prosemirror-state').Transaction): void }) =>
    view.dispatch(markLinkTarget(view.state.tr, null));
  const close = useEditorEventCallback((view) => {
    if (view) clearTarget(view);
    onClose();
    view?.focus();
  });
  const apply = useEditorEventCallback((view) => {
    if (!view) return;
    const check = normalizeHref(href);
    if (!check.ok) {
      setError(check.message);
      input.current?.focus();
      return;
    }
    if (!setLink(check.href)(view.state, view.dispatch)) {
      setError('A link cannot go here.');
      return;
    }
    clearTarget(view);
    onClose();
    view.focus();
  });
  const unlink = useEditorEventCallback((view) => {
    if (!view) return;
    removeLink(view.state, view.dispatch);
    clearTarget(view);
    onClose();
    view.focus();
  });

  return (
    // A native dialog, open beside the text rather than modal: the selection it links stays in view.
    <dialog
      open
      ref={box}
      className="link-editor"
      aria-label="Link"
      style={position ? { top: position.top, left: position.left } : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={inputId}>Link address</label>
      <div className="link-editor-row">
        <input
          ref={input}
          id={inputId}
          type="text"
          inputMode="url"
          spellCheck={false}
          placeholder="https://"
          value={href}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        />
        <button type="button" className="primary" onClick={apply}>
          Apply
        </button>
        {hasLink && (
          <button type="button" onClick={unlink}>
            Remove link
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </dialog>
  );
}
