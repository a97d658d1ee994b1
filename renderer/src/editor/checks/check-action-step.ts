// The check actions that change no word — Ignore here, Mark correct here, Add
// to newsroom dictionary, a fix of the headline or standfirst (fields outside
// the body's document) — as steps in the body's ProseMirror history, so Mod-Z,
// the toolbar's Undo and Edit → Undo take them back in the one order the
// journalist did things, mixed with typing and Fix. A step that leaves the
// document as it is (apply gives back the same node, its map is empty) keeps
// the history honest: it is one undo event of its own (closeHistory), never
// merged with typing, carried through later edits (map), dropped by history
// compression like any other event, and inverted by ProseMirror itself. The
// alternative, an undo stack of the controller's own beside ProseMirror's,
// would have to guess which of the two Mod-Z means after every edit and undo.
//
// The step only says what was done; the effects outside the document (the
// database, the checker's dictionary) are the controller's: it does them when
// the journalist acts, and again when the history replays a step (undo, redo).
import type { Node, Schema } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform';
import { closeHistory } from 'prosemirror-history';
import type { AcceptedFlag } from '../../../../shared/checks/accepted-flag';

export type FieldName = 'headline' | 'standfirst';

export type CheckAction =
  /** "Ignore here" on a body flag: its range, which moves with the text. */
  | { type: 'ignore'; from: number; to: number; undo?: true }
  /** "Ignore here" on a headline or standfirst flag (field-flags.ts's key). */
  | { type: 'ignore-field'; key: string; undo?: true }
  | { type: 'accept'; flag: AcceptedFlag; undo?: true }
  /** Only when this action put the word in the dictionary (undo takes it out again). */
  | { type: 'learn'; word: string; undo?: true }
  /** A fix of a field: its text before and after (the undo puts `before` back while the field still says `after`). */
  | { type: 'field-text'; field: FieldName; before: string; after: string; undo?: true };

/** The same action undone (or an undo redone). */
function inverse(action: CheckAction): CheckAction {
  if (action.undo) {
    const { undo: _, ...done } = action;
    return done as CheckAction;
  }
  return { ...action, undo: true };
}

export class CheckActionStep extends Step {
  constructor(readonly action: CheckAction) {
    super();
  }

  apply(doc: Node): StepResult {
    return StepResult.ok(doc);
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  invert(): Step {
    return new CheckActionStep(inverse(this.action));
  }

  /** An ignored range moves with the edits since; once its text is deleted there is nothing left to un-ignore. */
  map(mapping: Mappable): Step | null {
    const a = this.action;
    if (a.type !== 'ignore') return this;
    const from = mapping.mapResult(a.from, 1);
    const to = mapping.mapResult(a.to, -1);
    if (from.deleted || to.deleted || to.pos <= from.pos) return null;
    return new CheckActionStep({ ...a, from: from.pos, to: to.pos });
  }

  toJSON(): unknown {
    return { stepType: 'copydeskCheckAction', action: this.action };
  }

  static override fromJSON(_schema: Schema, json: { action: CheckAction }): CheckActionStep {
    return new CheckActionStep(json.action);
  }
}

Step.jsonID('copydeskCheckAction', CheckActionStep);

/** The action as its own undo event on `tr` (closeHistory: never folded into the typing before it). */
export const recordAction = (tr: Transaction, action: CheckAction) => closeHistory(tr.step(new CheckActionStep(action)));

/** The check actions a transaction carries (an undo or redo replaying them), each with its position mapped to the end of the transaction. */
export function actionsOf(tr: Transaction): CheckAction[] {
  const out: CheckAction[] = [];
  tr.steps.forEach((step, i) => {
    if (!(step instanceof CheckActionStep)) return;
    const mapped = step.map(tr.mapping.slice(i + 1));
    if (mapped) out.push((mapped as CheckActionStep).action);
  });
  return out;
}

/** Whether the transaction changed any of the document's content (a check action's step alone does not). */
export const changesContent = (tr: Transaction) => tr.docChanged && tr.doc !== tr.before;
