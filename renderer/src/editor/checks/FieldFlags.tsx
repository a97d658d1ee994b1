// The flags of the headline, standfirst and captions, on the words themselves: a
// textarea cannot hold decorations, so a copy of its text (same font, same
// wrapping, transparent letters, aria-hidden) lies over it and draws each
// flag's underline — wavy for spelling, dotted for grammar, double for house
// style, as in the body. The field keeps every event: a click on a flagged
// word shows its menu (the caret stays), Mod-. or the context menu opens it
// with focus, Escape closes it. Screen readers hear of the flag from the
// field's description.
import { useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { CHECK_KIND_LABELS } from '../../../../shared/checks/flag';
import { commandDeclaration, matchesKey } from '../../../../shared/commands/commands';
import type { ChecksController } from './checks-controller';
import { describeKey } from '../help/shortcuts';
import { fieldFlagAt, flagRuns, type FlagPick } from './field-flags';
import './checks.css';

const menuKeys = commandDeclaration('check-suggestions').keys;

/** The copy over a field, drawn inside the field's positioned frame, right after the textarea. */
export function FieldFlagOverlay(props: { checks: ChecksController; pick: FlagPick; text: string; className: string; scrollTop?: number }) {
  const { flags } = useSyncExternalStore(props.checks.subscribe, props.checks.getSnapshot);
  const { text } = props;
  const mine = props.pick(flags, text);
  if (!mine.length) return null;
  return (
    <div className={`${props.className} field-flag-overlay`} aria-hidden="true" ref={(el) => void (el && (el.scrollTop = props.scrollTop ?? 0))}>
      {flagRuns(text, mine).map((run, i) =>
        run.flag ? (
          <span key={i} className={`check-flag check-${run.flag.kind}`} data-field-flag={run.flag.id} data-check-kind={run.flag.kind}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
      {/* A trailing newline in a textarea opens a line the copy must open too. */}
      {text.endsWith('\n') ? '\u200b' : null}
    </div>
  );
}

/** What a field's flags say to a screen reader, for its aria-describedby: empty when it has none. */
export function useFieldFlagSummary(checks: ChecksController | null, pick: FlagPick, text: string): string {
  const snapshot = useSyncExternalStore(checks?.subscribe ?? noSubscribe, checks?.getSnapshot ?? noSnapshot);
  const mine = snapshot ? pick(snapshot.flags, text) : [];
  if (!mine.length) return '';
  return `${mine.map((f) => `${CHECK_KIND_LABELS[f.kind]} flag on “${f.text}”`).join('; ')}. ${describeKey(menuKeys[0]!)} on the word for suggestions.`;
}

const noSubscribe = () => () => undefined;
const noSnapshot = () => null;

/** A flagged textarea's props besides its key handler: the pointer's events, and no Chromium spellcheck (the copy checker underlines it; two would underline twice). */
export function fieldFlagProps(events: ReturnType<typeof fieldFlagEvents> | null) {
  return events ? { onClick: events.onClick, onContextMenu: events.onContextMenu, onInput: events.onInput, spellCheck: false } : {};
}

/** The field's own events that reach its flags: click, Mod-., the context menu and Escape. */
export function fieldFlagEvents(checks: ChecksController, pick: FlagPick) {
  // The caret, or a selection within one flag (a click inside a selected word leaves it selected until the mouse is up).
  const flagAtCaret = (field: HTMLTextAreaElement) => {
    const flag = fieldFlagAt(pick(checks.getSnapshot().flags, field.value), field.selectionStart);
    return flag && field.selectionEnd <= flag.to ? flag : null;
  };
  return {
    onClick(e: MouseEvent<HTMLTextAreaElement>) {
      const flag = flagAtCaret(e.currentTarget);
      if (flag) checks.openFieldMenu(flag, false);
      else checks.closeShownMenu();
    },
    onContextMenu(e: MouseEvent<HTMLTextAreaElement>) {
      const flag = flagAtCaret(e.currentTarget);
      if (!flag) return;
      e.preventDefault();
      checks.openFieldMenu(flag, true);
    },
    /** True when the key was the flags' (the caller leaves it alone then). */
    onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): boolean {
      if (e.key === 'Escape' && checks.closeShownMenu()) return (e.preventDefault(), true);
      if (!matchesKey(e, menuKeys)) return false;
      const flag = flagAtCaret(e.currentTarget);
      e.preventDefault();
      if (flag) checks.openFieldMenu(flag, true);
      return true;
    },
    onInput() {
      checks.closeShownMenu();
    },
  };
}
