// The flags of the texts that are fields, not the body's document — headline,
// standfirst, photo captions — cannot be underlined where they are typed, so
// they are named under the fields, each word with its kind's underline; the
// Checks panel (Mod-Alt-K) fixes them.
import { useSyncExternalStore } from 'react';
import { CHECK_KIND_LABELS } from '../../../../shared/checks/flag';
import type { ChecksController } from './checks-controller';
import { isFieldFlag } from './field-flags';
import { describeKey } from '../help/shortcuts';
import { commandDeclaration } from '../../../../shared/commands/commands';
import './checks.css';

const MAX_LISTED = 4;
const panelKey = describeKey(commandDeclaration('show-checks').keys[0]!);

export function FieldFlags({ checks }: { checks: ChecksController }) {
  const { flags } = useSyncExternalStore(checks.subscribe, checks.getSnapshot);
  const outside = flags.filter((f) => isFieldFlag(f) || f.photoPos !== undefined);
  if (!outside.length) return null;
  return (
    <p className="field-flags">
      {outside.slice(0, MAX_LISTED).map((f) => (
        <span key={f.id} className="field-flag">
          <span className="field-flag-where">{f.label}:</span> <span className={`check-${f.kind}`}>{f.text}</span> ({CHECK_KIND_LABELS[f.kind]})
        </span>
      ))}
      {outside.length > MAX_LISTED && <span className="field-flag">and {outside.length - MAX_LISTED} more</span>}
      <span className="field-flag-hint">{`View → Checks (${panelKey}) to fix`}</span>
    </p>
  );
}
