// The review panel after every import: what was recognized, each with a
// one-click undo, and the choice to keep the article or cancel. Undo and redo
// are the pure functions from shared/import, so the panel holds no logic of
// its own about what an undo means.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { normalizeAttribution, redoClassification, setAttribution, undoClassification, type ImportResult } from '../../../shared/import/assemble';
import { DROP_REASON_LABELS } from '../../../shared/import/summary';
import { BodyPreview } from './BodyPreview';

export interface ImportReviewProps {
  fileName: string;
  result: ImportResult;
  busy: boolean;
  error: string | null;
  /** The line under the title; by default, that nothing is stored until the article is kept. */
  note?: string;
  /** The cancel button's label: a paste offers "Paste as plain text" instead of dropping the text. */
  cancelLabel?: string;
  onChange(result: ImportResult): void;
  onKeep(): void;
  onCancel(): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ImportReview({ fileName, result, busy, error, note, cancelLabel = 'Cancel', onChange, onKeep, onCancel }: ImportReviewProps) {
  const { summary, fields } = result;
  const dialog = useRef<HTMLDivElement>(null);
  const undo = (id: string) => onChange(undoClassification(result, id));
  const redo = (id: string) => onChange(redoClassification(result, id));

  // A modal dialog: focus moves in when it opens and back where it was when it closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => before?.focus?.();
  }, []);

  // Tab and Shift+Tab cycle inside the dialog instead of reaching the window behind it.
  const trapTab = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), [href], [tabindex="0"]')];
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

  const body = [plural(summary.paragraphs, 'paragraph')];
  if (summary.headings) body.push(plural(summary.headings, 'subhead'));
  if (summary.lists) body.push(plural(summary.lists, 'list'));

  return (
    <div className="import-backdrop">
      <div
        ref={dialog}
        className="import-review"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-review-title"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) onCancel();
          trapTab(e);
        }}
      >
        <header className="import-review-head">
          <h2 id="import-review-title">Review import</h2>
          <p className="muted">{note ?? `${fileName} — nothing is stored until you keep the article.`}</p>
        </header>
        <div className="import-review-columns">
          <section className="import-recognized" aria-label="What was recognized">
            <dl className="import-fields">
              <Field label="Headline" item={summary.headline} what="headline" onUndo={undo} />
              <Field label="Byline" item={summary.byline} what="byline" onUndo={undo} />
              <Field label="Dateline" item={summary.dateline} what="dateline" onUndo={undo} />
              <dt>Body</dt>
              <dd>{body.join(', ')}</dd>
            </dl>

            <h3>{plural(summary.quotes.length, 'quote')}</h3>
            {summary.quotes.length > 0 && (
              <ul className="import-items" aria-label="Quotes">
                {summary.quotes.map((q, i) => (
                  <li key={q.id}>
                    <span className="import-item-text">
                      “{q.excerpt}”{q.paragraphs > 1 ? ` (${q.paragraphs} paragraphs)` : ''}
                      <AttributionInput
                        value={q.attribution}
                        label={`Attribution for quote ${i + 1}`}
                        onChange={(value) => onChange(setAttribution(result, q.id, value))}
                      />
                    </span>
                    <span className="import-item-actions">
                      {q.attributionId && (
                        <button type="button" onClick={() => undo(q.attributionId!)} aria-label={`Remove attribution ${q.attribution} from quote ${i + 1}`}>
                          Remove attribution
                        </button>
                      )}
                      <button type="button" onClick={() => undo(q.id)} aria-label={`Undo quote ${i + 1}: make it a paragraph`}>
                        Undo
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}

            <h3>{plural(summary.photos.length, 'photo credit')}</h3>
            {summary.photos.length > 0 && (
              <ul className="import-items" aria-label="Photo credits">
                {summary.photos.map((p, i) => (
                  <li key={p.id}>
                    <span className="import-item-text">
                      {[p.photographer, p.agency].filter(Boolean).join(' / ') || 'No credit'}
                      <span className="import-item-note">
                        {[p.lead ? 'lead photo' : '', p.hasImage ? 'with image' : 'credit only, no image yet', p.caption].filter(Boolean).join(' · ')}
                      </span>
                    </span>
                    <span className="import-item-actions">
                      <button type="button" onClick={() => undo(p.id)} aria-label={`Undo photo ${i + 1}: keep the credit as text`}>
                        Undo
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}

            <h3>{plural(summary.dropped.length, 'dropped line')}</h3>
            {summary.dropped.length > 0 && (
              <ul className="import-items" aria-label="Dropped lines">
                {summary.dropped.map((d, i) => (
                  <li key={d.id}>
                    <span className="import-item-text">
                      <span className="import-dropped-text">{d.text}</span>
                      <span className="import-item-note">{DROP_REASON_LABELS[d.reason]}</span>
                    </span>
                    <span className="import-item-actions">
                      <button type="button" onClick={() => undo(d.id)} aria-label={`Restore dropped line ${i + 1}`}>
                        Restore
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}

            {summary.undone.length > 0 && (
              <>
                <h3>Undone</h3>
                <ul className="import-items" aria-label="Undone">
                  {summary.undone.map((u) => (
                    <li key={u.id}>
                      <span className="import-item-text">{u.label}</span>
                      <span className="import-item-actions">
                        <button type="button" onClick={() => redo(u.id)} aria-label={`Redo ${u.label}`}>
                          Redo
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <BodyPreview headline={fields.headline} body={fields.body} />
        </div>
        {error && (
          <p role="alert" className="error-banner">
            {error}
          </p>
        )}
        <footer className="import-review-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button type="button" className="primary" onClick={onKeep} disabled={busy}>
            {busy ? 'Keeping…' : 'Keep article'}
          </button>
        </footer>
      </div>
    </div>
  );
}

/**
 * Who the quote is from, editable before the article is kept. The field keeps
 * what is typed (spaces included) while the article is rebuilt from its
 * trimmed value; an undo or redo elsewhere in the panel replaces it.
 */
function AttributionInput({ value, label, onChange }: { value: string; label: string; onChange(value: string): void }) {
  const [draft, setDraft] = useState(value);
  const normalized = normalizeAttribution(draft);
  useEffect(() => {
    if (normalized !== value) setDraft(value);
    // Only a change from outside (undo, redo) resets the field, never the typing itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <span className="import-item-note import-attribution">
      <span aria-hidden="true">—</span>
      <input
        type="text"
        aria-label={label}
        placeholder="no attribution"
        value={draft}
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
      />
    </span>
  );
}

function Field({
  label,
  item,
  what,
  onUndo,
}: {
  label: string;
  item: { id: string; value: string } | null;
  what: string;
  onUndo(id: string): void;
}) {
  if (!item) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <span className="import-item-text">{item.value}</span>
        <button type="button" onClick={() => onUndo(item.id)} aria-label={`Undo ${what}: put it back in the body`}>
          Undo
        </button>
      </dd>
    </>
  );
}
