// Publication settings' "Style rules" part: opens the rule sheet's own dialog
// (RulesDialog), where each change is kept at once, apart from the settings
// this dialog saves with its Save button.
import { useState } from 'react';
import type { RuleClient } from './rule-sheet-model';
import { RulesDialog } from './RulesDialog';

export function StyleRulesSection(props: { client: RuleClient; onRulesChanged?(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <fieldset className="settings-part">
      <legend>Style rules</legend>
      <p className="settings-hint">The house-style sheet the copy checks use: patterns, replacements, categories.</p>
      <button type="button" className="settings-button" onClick={() => setOpen(true)}>
        Edit style rules…
      </button>
      {open && <RulesDialog client={props.client} onClose={() => setOpen(false)} onChanged={() => props.onRulesChanged?.()} />}
    </fieldset>
  );
}
