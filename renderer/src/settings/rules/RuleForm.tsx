// One rule's fields, to add or edit it. Save sends it (compiled here first);
// a rule that does not compile is refused here, with its id and the reason,
// and the sheet stays as it was. Its own <form>, in the rules dialog (never
// inside Publication settings' form), so Enter saves the rule and only it.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { HouseRule } from '../../../../shared/checks/rules/house-rule';
import type { RuleEdit } from './rule-sheet-model';

export const TYPE_LABELS: Record<HouseRule['type'], string> = {
  words: 'Words or phrases (separated by |)',
  regex: 'Regular expression, case ignored',
  'regex-case': 'Regular expression, case kept',
};
const DIALECT_LABELS: Record<HouseRule['dialect'], string> = { '': 'Every publication', 'en-US': 'English (US) only', 'en-GB': 'English (UK) only' };
const KIND_LABELS: Record<HouseRule['kind'], string> = { style: 'House style', grammar: 'Grammar' };

/** A labelled select over a fixed set of values, each with its words. */
function Choice<T extends string>(props: { label: string; value: T; labels: Record<T, string>; onChange(value: T): void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {(Object.keys(props.labels) as T[]).map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RuleForm(props: { edit: RuleEdit; busy: boolean; onChange(change: Partial<HouseRule>): void; onSave(): void; onCancel(): void }) {
  const { draft, replacing, error } = props.edit;
  const errorId = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    // The dialog is portalled out of Publication settings' form, but React events still bubble to it.
    event.stopPropagation();
    props.onSave();
  }
  return (
    <form className="rule-form" aria-labelledby={`${errorId}-title`} onSubmit={submit}>
      <h3 id={`${errorId}-title`}>{replacing === null ? 'New rule' : `Edit rule “${replacing}”`}</h3>
      {error && (
        <p id={errorId} role="alert" className="settings-error">
          {error}
        </p>
      )}
      <div className="rule-form-grid">
        <label>
          Id <span className="settings-hint">lower-case letters, digits, dots, dashes</span>
          <input ref={first} value={draft.id} required maxLength={80} spellCheck={false} onChange={(e) => props.onChange({ id: e.target.value })} />
        </label>
        <Choice label="Type" value={draft.type} labels={TYPE_LABELS} onChange={(type) => props.onChange({ type })} />
        <label className="rule-form-wide">
          Pattern
          <input value={draft.pattern} required maxLength={2000} spellCheck={false} className="rule-code" {...invalid} onChange={(e) => props.onChange({ pattern: e.target.value })} />
        </label>
        <label className="rule-form-wide">
          Replacement <span className="settings-hint">$1, $2… for the pattern’s groups; empty to warn only</span>
          <input value={draft.replacement} maxLength={2000} spellCheck={false} className="rule-code" onChange={(e) => props.onChange({ replacement: e.target.value })} />
        </label>
        <label>
          Category
          <input value={draft.category} maxLength={200} onChange={(e) => props.onChange({ category: e.target.value })} />
        </label>
        <Choice label="Applies to" value={draft.dialect} labels={DIALECT_LABELS} onChange={(dialect) => props.onChange({ dialect })} />
        <label className="rule-form-wide">
          Description <span className="settings-hint">what the journalist reads beside the flag</span>
          <input value={draft.description} maxLength={2000} onChange={(e) => props.onChange({ description: e.target.value })} />
        </label>
        <Choice label="Kind" value={draft.kind} labels={KIND_LABELS} onChange={(kind) => props.onChange({ kind })} />
        <label className="settings-check">
          <input type="checkbox" checked={draft.autoFix} onChange={(e) => props.onChange({ autoFix: e.target.checked })} />
          Automatic (“Fix all automatic” may apply it)
        </label>
      </div>
      <div className="settings-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={props.busy}>
          {replacing === null ? 'Add rule' : 'Save rule'}
        </button>
      </div>
    </form>
  );
}
