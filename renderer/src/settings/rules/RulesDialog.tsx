// Publication settings → Style rules: the house-style sheet, a page at a
// time, with a filter; add, edit and delete a rule; import and export the
// sheet as CSV (the file is read here and its text sent to main, which
// refuses a bad sheet whole; export asks main, which shows the save dialog);
// restore the defaults after asking. Each change is stored at once and the
// open article is checked again (RuleSheetModel.onChanged). A modal dialog of
// its own, over Publication settings, portalled out of that dialog's form.
import { useEffect, useRef, useState, useSyncExternalStore, type RefObject, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { useModalDialog } from '../../hooks/use-modal-dialog';
import { RuleForm } from './RuleForm';
import { RuleTable } from './RuleTable';
import { RuleSheetModel, type RuleClient, type RuleEdit } from './rule-sheet-model';
import '../parts.css';
import './rules.css';

/** When a rule's form closes, the keyboard goes back to that rule's Edit button (or Add rule), not to the page. */
function useFocusAfterEdit(dialog: RefObject<HTMLDialogElement | null>, edit: RuleEdit | null) {
  const was = useRef<RuleEdit | null>(null);
  useEffect(() => {
    const closed = was.current;
    was.current = edit;
    if (!closed || edit) return;
    const root = dialog.current;
    const id = closed.draft.id.trim() || closed.replacing;
    const target = (id && root?.querySelector<HTMLElement>(`[aria-label="Edit rule ${CSS.escape(id)}"]`)) || root?.querySelector<HTMLElement>('[data-add-rule]');
    target?.focus();
  }, [dialog, edit]);
}

export function RulesDialog(props: { client: RuleClient; onClose(): void; onChanged(): void }) {
  const dialog = useModalDialog();
  const [model] = useState(() => new RuleSheetModel(props.client, props.onChanged));
  const s = useSyncExternalStore(model.subscribe, model.getSnapshot);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => void model.load(), [model]);
  useFocusAfterEdit(dialog, s.edit);
  const page = model.page();

  // React carries a portal's events up its own tree: Publication settings' dialog must not hear this one's cancel or close.
  function closed(event: SyntheticEvent) {
    event.stopPropagation();
    props.onClose();
  }
  // Escape in a rule's form goes back to the list (the draft dropped); Escape in the list closes the dialog.
  function cancelled(event: SyntheticEvent) {
    event.stopPropagation();
    if (!model.getSnapshot().edit) return props.onClose();
    event.preventDefault();
    model.cancelEdit();
  }

  async function imported(files: FileList | null) {
    const chosen = files?.[0];
    if (file.current) file.current.value = '';
    if (chosen) await model.importCsv(await chosen.text(), chosen.name);
  }

  return createPortal(
    <dialog ref={dialog} className="settings-dialog rules-dialog" aria-labelledby="rules-title" onClose={closed} onCancel={cancelled}>
      <h2 id="rules-title">Style rules</h2>
      <p className="settings-hint">
        {s.status === 'loading' ? 'Loading…' : `${s.custom ? 'The publication’s own sheet' : 'The default sheet'}: ${s.rules.length} rule${s.rules.length === 1 ? '' : 's'}. Changes are kept at once.`}
      </p>
      {s.error && (
        <p role="alert" className="settings-error">
          {s.error}
        </p>
      )}
      <p role="status" className="rules-status">
        {s.message}
      </p>
      {s.edit ? (
        <RuleForm edit={s.edit} busy={s.busy} onChange={(c) => model.changeDraft(c)} onSave={() => void model.saveDraft()} onCancel={() => model.cancelEdit()} />
      ) : (
        s.status === 'ready' && (
          <>
            <div className="rules-toolbar">
              <label className="rules-filter">
                Filter rules
                <input type="search" value={s.filter} placeholder="id, pattern, category…" onChange={(e) => model.setFilter(e.target.value)} />
              </label>
              <button type="button" className="settings-button" data-add-rule disabled={s.busy} onClick={() => model.startAdd()}>
                Add rule
              </button>
              <button type="button" className="settings-button" disabled={s.busy} onClick={() => file.current?.click()}>
                Import CSV…
              </button>
              <input ref={file} type="file" accept=".csv,text/csv" className="visually-hidden" tabIndex={-1} aria-label="CSV sheet to import" onChange={(e) => void imported(e.target.files)} />
              <button type="button" className="settings-button" disabled={s.busy} onClick={() => void model.exportCsv()}>
                Export CSV…
              </button>
              {s.custom && (
                <button type="button" className="settings-button" disabled={s.busy} onClick={() => model.askReset()}>
                  Restore default sheet…
                </button>
              )}
            </div>
            {s.confirmingReset && (
              <div className="rules-confirm" role="group" aria-labelledby="rules-confirm-text">
                <p id="rules-confirm-text">Replace the publication’s {s.rules.length} rules with the default sheet? Export them first to keep a copy.</p>
                <button type="button" className="settings-button" onClick={() => model.askReset(false)}>
                  Keep our rules
                </button>
                <button type="button" className="primary" onClick={() => void model.restoreDefaults()}>
                  Restore the defaults
                </button>
              </div>
            )}
            <RuleTable page={page} total={s.rules.length} busy={s.busy} onEdit={(id) => model.startEdit(id)} onDelete={(id) => void model.remove(id)} onPage={(p) => model.setPage(p)} />
          </>
        )
      )}
      {!s.edit && (
        <div className="settings-actions">
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      )}
    </dialog>,
    document.body,
  );
}
