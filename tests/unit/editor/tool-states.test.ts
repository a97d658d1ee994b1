// The toolbar re-renders only when its key changes (toolbar/tool-states.ts):
// the key must change with every button's look, and stay the same while
// plain typing changes no button; during typing it is asked once per pause
// (toolbar/tool-looks.ts).
import { describe, expect, it, vi } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import { bodyCommands } from '../../../renderer/src/editor/commands/body-commands';
import { toolStateAt, toolStatesKey } from '../../../renderer/src/editor/toolbar/tool-states';
import { onlyTypedInBlock, ToolLooks } from '../../../renderer/src/editor/toolbar/tool-looks';
import { schema } from '../../../shared/article/schema';
import type { CommandId } from '../../../shared/commands/commands';
import { doc, p, strong } from '../../support/docs';

const IDS: CommandId[] = ['bold', 'italic', 'link', 'toggle-subhead', 'quote', 'bullet-list', 'undo', 'redo'];
const commands = bodyCommands({ openLinkEditor: vi.fn(), showShortcuts: vi.fn(), insertPhoto: vi.fn() });
const listed = IDS.map((id) => commands.get(id)!);
const look = (key: string, id: CommandId) => toolStateAt(key, IDS.indexOf(id));

function stateAt(json: unknown, pos: number) {
  const d = schema.nodeFromJSON(json);
  return EditorState.create({ doc: d, selection: TextSelection.create(d, pos), plugins: [history()] });
}

describe('toolbar looks as one key', () => {
  it('says each button as its command does, enabled and pressed', () => {
    const state = stateAt(doc(p('Plain '), p(strong('bold'))), 10);
    const key = toolStatesKey(listed, state);
    for (const [index, command] of listed.entries()) {
      expect(toolStateAt(key, index)).toEqual({ enabled: command.isEnabled(state), active: !!command.isActive?.(state) });
    }
    expect(look(key, 'bold')).toEqual({ enabled: true, active: true });
    expect(look(key, 'undo').enabled).toBe(false);
  });

  it('no state yet: every button off', () => {
    const key = toolStatesKey(listed, null);
    expect(IDS.every((id) => !look(key, id).enabled && !look(key, id).active)).toBe(true);
  });

  it('plain typing keeps the key once undo is on; entering bold text or a new undo state changes it', () => {
    let state = stateAt(doc(p('Plain '), p(strong('bold'))), 3);
    const keys: string[] = [toolStatesKey(listed, state)];
    for (const ch of 'flood') {
      state = state.apply(state.tr.insertText(ch));
      keys.push(toolStatesKey(listed, state));
    }
    expect(keys[1]).not.toBe(keys[0]); // the first key makes undo possible
    expect(new Set(keys.slice(1)).size).toBe(1); // the rest change no button
    expect(look(keys[1]!, 'undo').enabled).toBe(true);
    const inBold = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 2)));
    expect(toolStatesKey(listed, inBold)).not.toBe(keys[1]);
    expect(look(toolStatesKey(listed, inBold), 'bold').active).toBe(true);
  });
});

describe('toolbar looks during typing (tool-looks.ts)', () => {
  it('asks the commands once for a run of typing in one paragraph, then again after the pause', () => {
    vi.useFakeTimers();
    try {
      let asked = 0;
      const counted = listed.map((c) => ({ ...c, isEnabled: (s: EditorState) => (asked++, c.isEnabled(s)) }));
      const stale = vi.fn();
      const looks = new ToolLooks(counted, stale, 150);
      let state = stateAt(doc(p('Plain '), p(strong('bold'))), 3);
      const first = looks.of(state);
      const perLook = asked;
      for (const ch of 'flood') {
        state = state.apply(state.tr.insertText(ch));
        expect(looks.of(state)).toBe(first); // the last looks stand while typing
      }
      expect(asked).toBe(perLook);
      expect(stale).not.toHaveBeenCalled();
      vi.advanceTimersByTime(150);
      expect(stale).toHaveBeenCalledOnce();
      const settled = looks.of(state);
      expect(settled).toBe(toolStatesKey(listed, state));
      expect(look(settled, 'undo').enabled).toBe(true); // now Undo has something to undo
      expect(asked).toBe(2 * perLook);
    } finally {
      vi.useRealTimers();
    }
  });

  it('anything but typing in the same paragraph is asked at once: a caret move, a new paragraph', () => {
    const looks = new ToolLooks(listed, vi.fn(), 150);
    let state = stateAt(doc(p('Plain '), p(strong('bold'))), 3);
    looks.of(state);
    state = state.apply(state.tr.insertText('x'));
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 2)));
    expect(looks.of(moved)).toBe(toolStatesKey(listed, moved));
    expect(look(looks.of(moved), 'bold').active).toBe(true);
    const split = moved.apply(moved.tr.split(moved.selection.from));
    expect(onlyTypedInBlock(moved, split)).toBe(false);
    expect(looks.of(split)).toBe(toolStatesKey(listed, split));
    looks.dispose();
  });
});
