// View → Checks (Mod-Alt-K): every open flag of the article, grouped by kind
// and category with counts. A flag's text jumps to it; Fix applies its
// suggestion; "Fix all automatic" applies every automatic fix as one undo
// step; Ignore (while the article is open) and Mark correct (remembered with
// it) take a flag away, and Mod-Z (here or in the text) brings it back. A self-contained <aside>: it takes the article's checks and a close
// action, so the window may place it wherever its side area is.
import { useId, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { commandDeclaration, matchesKey } from '../../../../shared/commands/commands';
import { CHECK_KIND_LABELS } from '../../../../shared/checks/flag';
import { DIALECT_LABELS } from '../../../../shared/checks/dialect';
import type { ChecksController } from './checks-controller';
import type { PlacedFlag } from './checks-plugin';
import { automaticCount, groupFlags } from './flag-groups';
import './checks.css';

export function ChecksPanel({ checks, onClose }: { checks: ChecksController; onClose(): void }) {
  const { status, message, flags, dialect } = useSyncExternalStore(checks.subscribe, checks.getSnapshot);
  const titleId = useId();
  const groups = groupFlags(flags);
  const automatic = automaticCount(flags);
  // The body's Undo and Redo keys work here too: a Fix or a Mark correct made in the panel is undone without going back to the text.
  const onKeyDown = (e: KeyboardEvent) => {
    const done = matchesKey(e, commandDeclaration('undo').keys) ? checks.undo() : matchesKey(e, commandDeclaration('redo').keys) && checks.undo(true);
    if (done) e.preventDefault();
  };
  return (
    <aside className="checks-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="checks-head">
        <h2 id={titleId}>Checks</h2>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="checks-summary" role="status" tabIndex={-1}>
        {status === 'loading' ? 'Checking…' : status === 'failed' ? message : flags.length === 0 ? 'Nothing flagged.' : `${flags.length} flagged`}
        {dialect && status !== 'failed' ? ` · ${DIALECT_LABELS[dialect]}` : ''}
      </p>
      {status !== 'failed' && message && <p className="checks-message">{message}</p>}
      {automatic > 0 && (
        <button type="button" className="primary checks-fix-all" onClick={() => checks.fixAllAutomatic()}>
          Fix all automatic ({automatic})
        </button>
      )}
      {groups.map((group) => (
        <section key={group.kind} className={`checks-group checks-group-${group.kind}`} aria-label={`${CHECK_KIND_LABELS[group.kind]}: ${group.count}`}>
          <h3>
            <span className={`check-sample check-${group.kind}`} aria-hidden="true">
              abc
            </span>{' '}
            {CHECK_KIND_LABELS[group.kind]} <span className="checks-count">{group.count}</span>
          </h3>
          {group.categories.map(({ category, flags: list }) => (
            <div key={category} className="checks-category">
              {category !== CHECK_KIND_LABELS[group.kind] && (
                <h4>
                  {category} <span className="checks-count">{list.length}</span>
                </h4>
              )}
              <ul>
                {itemKeys(list).map(([key, flag]) => (
                  <FlagItem key={key} flag={flag} checks={checks} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </aside>
  );
}

function FlagItem({ flag, checks }: { flag: PlacedFlag; checks: ChecksController }) {
  const fix = flag.suggestions[0];
  return (
    <li className="checks-flag" data-rule={flag.ruleId}>
      <button type="button" className="checks-jump" onClick={() => checks.jumpTo(flag)}>
        <span className="checks-flag-text">“{flag.text}”</span> <span className="checks-where">{flag.label}</span>
      </button>
      <p className="checks-flag-message">{flag.message}</p>
      <div className="checks-actions">
        {fix === undefined && flag.range && (
          <button type="button" onClick={() => checks.openMenuFor(flag)} aria-label={`Suggestions for “${flag.text}” in ${flag.label}`}>
            Suggestions…
          </button>
        )}
        {fix !== undefined && (
          <button type="button" onClick={staysInPanel(() => checks.apply(flag))} aria-label={`Fix “${flag.text}” in ${flag.label} to “${fix}”`}>
            Fix: {fix || '(remove)'}
          </button>
        )}
        <button type="button" onClick={staysInPanel(() => checks.ignore(flag))} aria-label={`Ignore “${flag.text}” in ${flag.label}`} title="Hide it while the article is open">
          Ignore
        </button>
        <button type="button" onClick={staysInPanel(() => checks.markCorrect(flag))} aria-label={`Mark “${flag.text}” in ${flag.label} correct`} title="Remember it as correct in this article">
          Mark correct
        </button>
      </div>
    </li>
  );
}

/** A flag's action takes its item away: the focus goes on to the next flag (or the last, else the summary), never back to the page. */
function staysInPanel(run: () => unknown) {
  return (e: MouseEvent<HTMLButtonElement>) => {
    const item = e.currentTarget.closest('li')!;
    const panel = item.closest('aside')!;
    const index = [...panel.querySelectorAll('.checks-flag')].indexOf(item);
    void Promise.resolve(run()).then(() =>
      requestAnimationFrame(() => {
        if (!panel.isConnected) return;
        const jumps = panel.querySelectorAll<HTMLElement>('.checks-jump');
        (jumps[Math.min(index, jumps.length - 1)] ?? panel.querySelector<HTMLElement>('.checks-summary'))?.focus();
      }),
    );
  };
}

/**
 * The same flag in the next answer keeps its item (ids are per answer), so a button the journalist is on keeps
 * the focus: keyed by its text, rule and which use of those words it is in its paragraph, not by its offset,
 * which a fix earlier in the paragraph moves.
 */
function itemKeys(list: readonly PlacedFlag[]): [string, PlacedFlag][] {
  const seen = new Map<string, number>();
  return list.map((f) => {
    const base = `${f.where}|${f.ruleId}|${f.text}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [`${base}|${n}`, f];
  });
}
