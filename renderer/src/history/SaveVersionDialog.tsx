// Mod-S, File → Save Version…: what is on screen is saved, then kept as a
// version, with a name if the writer gives one ("filed", "legal-checked").
import { useState, type FormEvent } from 'react';
import type { VersionSummary } from '../../../shared/history/version';
import { useModalDialog } from '../hooks/use-modal-dialog';
import { LIMITS } from '../../../shared/limits';
import './history.css';

export function SaveVersionDialog(props: { save(name: string | null): Promise<VersionSummary>; onDone(message: string): void; onCancel(): void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useModalDialog();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const version = await props.save(name.trim() || null);
      props.onDone(`Saved as version ${version.number}${version.name ? ` “${version.name}”` : ''}.`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby="save-version-title"
      className="save-version"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="save-version-title">Save version</h2>
        <p>Your changes are saved as you type; a version keeps this moment in the article’s History for good.</p>
        <label htmlFor="save-version-name">Name (optional)</label>
        <input id="save-version-name" value={name} maxLength={LIMITS.versionName} autoFocus placeholder="e.g. filed" onChange={(e) => setName(e.target.value.replace(/[\r\n]/g, ' '))} />
        {error && <p role="alert" className="error-banner">{error}</p>}
        <div className="save-version-buttons">
          <button type="submit" className="primary" disabled={busy}>Save version</button>
          <button type="button" onClick={props.onCancel}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
