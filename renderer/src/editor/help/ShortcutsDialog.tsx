// Help → Keyboard Shortcuts (also Mod-/ and the toolbar's "?").
import { useEffect, useRef } from 'react';
import { SHORTCUTS, describeKey, type Shortcut } from './shortcuts';

const GROUPS: Shortcut['group'][] = ['Text', 'Paragraphs', 'Editing'];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {GROUPS.map((group) => (
        <section key={group}>
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {SHORTCUTS.filter((s) => s.group === group).map((s) => (
              <div key={s.key} className="shortcut-row">
                <dt>{s.label}</dt>
                <dd>
                  <kbd>{describeKey(s.key)}</kbd>
                  {s.alt && (
                    <>
                      {' or '}
                      <kbd>{describeKey(s.alt)}</kbd>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section>
        <h3>While typing</h3>
        <ul className="typing-rules">
          <li>"quotes" and apostrophes become “curly” and ’</li>
          <li>
            <kbd>--</kbd> becomes an em dash —
          </li>
          <li>
            <kbd>&gt;</kbd> and a space at the start of a paragraph starts a quote
          </li>
          <li>
            <kbd>-</kbd> or <kbd>1.</kbd> and a space starts a list; <kbd>##</kbd> and a space a subhead
          </li>
        </ul>
      </section>
    </dialog>
  );
}
