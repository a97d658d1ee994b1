// A save was refused because the stored article changed since this copy was
// opened (another window, an import, the CLI). Nothing is overwritten until
// the journalist chooses.
export function ConflictBar(props: { reason: string; busy: boolean; onKeepMine(): void; onTakeStored(): void }) {
  return (
    <div className="conflict-bar" role="alert">
      <p>
        <strong>This article was changed somewhere else.</strong> Your latest edits are not saved yet. ({props.reason})
      </p>
      <div className="conflict-actions">
        <button type="button" className="primary" disabled={props.busy} onClick={props.onKeepMine}>
          Keep my version
        </button>
        <button type="button" disabled={props.busy} onClick={props.onTakeStored}>
          Take the stored version
        </button>
      </div>
    </div>
  );
}
