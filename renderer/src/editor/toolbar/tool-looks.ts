// The toolbar's looks (tool-states.ts) for each editor state, computed at
// most once per TOOL_LOOKS_PAUSE_MS while typing: asking every command whether it applies walks
// the document (wrapping and block commands match the parent's content up to
// the caret, several thousand content-match steps per key at 1,000
// paragraphs). While the writer only types into one textblock no button can
// change but Undo's and Redo's, so the last looks stand until a timer started
// by the first such key runs out (so Undo and Redo lag by at most that long,
// typing or not); any other change (the caret moves, a new block, a mark
// toggled) is computed at once.
import type { EditorState } from 'prosemirror-state';
import type { BodyCommand } from '../commands/body-commands';
import { toolStatesKey } from './tool-states';

export const TOOL_LOOKS_PAUSE_MS = 150;

/** Only text typed into the textblock the caret was in, the caret still collapsed in it and no stored mark. */
export function onlyTypedInBlock(before: EditorState, after: EditorState): boolean {
  const a = before.selection;
  const b = after.selection;
  if (!a.empty || !b.empty || before.storedMarks || after.storedMarks) return false;
  if (before.doc.childCount !== after.doc.childCount) return false;
  const $a = a.$head;
  const $b = b.$head;
  return $a.depth === $b.depth && $a.parent.type === $b.parent.type && $a.start() === $b.start() && $b.parent.isTextblock;
}

export class ToolLooks {
  private computedFor: EditorState | null = null;
  private key = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly commands: readonly BodyCommand[],
    /** The looks may have changed since they were last given: ask `of` again. */
    private readonly onStale: () => void,
    private readonly pauseMs = TOOL_LOOKS_PAUSE_MS,
  ) {}

  /** The looks for `state`; during typing, the last ones (and a recount when the timer runs out). */
  of(state: EditorState | null): string {
    if (!state) return toolStatesKey(this.commands, null);
    if (state === this.computedFor) return this.key;
    if (this.computedFor && onlyTypedInBlock(this.computedFor, state)) {
      // Called from a selector (during render): scheduling the one timer is idempotent.
      if (this.timer === null) this.timer = setTimeout(this.recount, this.pauseMs);
      return this.key;
    }
    this.computedFor = state;
    this.key = toolStatesKey(this.commands, state);
    return this.key;
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly recount = () => {
    this.timer = null;
    this.computedFor = null; // the next `of` computes, whatever the state
    this.onStale();
  };
}
