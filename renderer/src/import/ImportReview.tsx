// The review panel after every import: what was recognized, each with a
// one-click undo, what was left out (furniture lines, parts of a web page,
// pictures) so a wrong extraction is visible, and the choice to keep the
// article or cancel. Undo and redo are the pure functions from shared/import,
// so the panel holds no logic of its own about what an undo means.
import { redoClassification, setAttribution, undoClassification, type ImportResult } from '../../../shared/import/assemble';
import { ImportedPage } from './review/ImportedPage';
import { FieldList } from './review/FieldList';
import { DroppedLines, PageParts } from './review/LeftOutList';
import { PhotoList, PicturesLeftOut } from './review/PhotoList';
import { QuoteList } from './review/QuoteList';
import { UndoneList } from './review/UndoneList';
import { useModalDialog } from '../hooks/use-modal-dialog';

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
  const dialog = useModalDialog({ focusSelf: true });
  const undo = (id: string) => onChange(undoClassification(result, id));
  const redo = (id: string) => onChange(redoClassification(result, id));

  return (
    <dialog
      ref={dialog}
      className="import-review"
      aria-labelledby="import-review-title"
      tabIndex={-1}
      onCancel={(e) => {
        // Escape: the panel's own Cancel (or "Paste as plain text"); the dialog closes when it unmounts.
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <header className="import-review-head">
        <h2 id="import-review-title">Review import</h2>
        <p className="muted">{note ?? `${fileName} — nothing is stored until you keep the article.`}</p>
        {summary.warnings.length > 0 && (
          <ul className="import-warnings" aria-label="Check before keeping">
            {summary.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </header>
      <div className="import-review-columns">
        <section className="import-recognized" aria-label="What was recognized">
          <FieldList summary={summary} onUndo={undo} />

          <h3>{plural(summary.quotes.length, 'quote')}</h3>
          <QuoteList quotes={summary.quotes} onUndo={undo} onAttribution={(id, value) => onChange(setAttribution(result, id, value))} />

          <h3>{plural(summary.photos.length, 'photo credit')}</h3>
          <PhotoList photos={summary.photos} onUndo={undo} />
          <PicturesLeftOut pictures={summary.picturesLeftOut} />

          <DroppedLines dropped={summary.dropped} onUndo={undo} />
          <PageParts dropped={summary.dropped} onUndo={undo} />
          <UndoneList undone={summary.undone} onRedo={redo} />
        </section>
        <ImportedPage fields={fields} />
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
    </dialog>
  );
}
