// Delete permanently… (the Spiked view only): deleting is the one thing
// autosave cannot undo, so it is asked about, naming the article and what goes
// with it, with Cancel focused.
import { useModalDialog } from '../hooks/use-modal-dialog';

export interface DeleteArticleDialogProps {
  headline: string;
  words: number;
  busy: boolean;
  onDelete(): void;
  onCancel(): void;
}

export function DeleteArticleDialog({ headline, words, busy, onDelete, onCancel }: DeleteArticleDialogProps) {
  const dialog = useModalDialog();
  const name = headline.trim() || 'Untitled article';
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby="delete-article-title"
      aria-describedby="delete-article-detail"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id="delete-article-title">Delete “{name}” permanently?</h2>
      <p id="delete-article-detail">
        {words === 1 ? 'Its 1 word' : `Its ${new Intl.NumberFormat('en-GB').format(words)} words`}, fields and photo placements will be gone. This
        cannot be undone.
      </p>
      <div className="confirm-actions">
        <button type="button" onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onDelete} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete permanently'}
        </button>
      </div>
    </dialog>
  );
}
