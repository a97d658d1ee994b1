// Help → Keyboard Shortcuts (also Mod-/ and the toolbar's "?").
import { useModalDialog } from '../../hooks/use-modal-dialog';
import { describeKey, shortcutGroups } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useModalDialog();
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {shortcutGroups().map(({ group, commands }) => (
        <section key={group}>
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {commands.map((c) => (
              <div key={c.id} className="shortcut-row">
                <dt>{c.label}</dt>
                <dd>
                  {c.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' or '}
                      <kbd>{describeKey(key)}</kbd>
                    </span>
                  ))}
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
