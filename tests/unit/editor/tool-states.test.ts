// The toolbar re-renders only when its key changes (toolbar/tool-states.ts):
// the key must change with every button's look, and stay the same while
// plain typing changes no button.
import { describe, expect, it, vi } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import { bodyCommands } from '../../../renderer/src/editor/commands/body-commands';
import { toolStateAt, toolStatesKey } from '../../../renderer/src/editor/toolbar/tool-states';
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
