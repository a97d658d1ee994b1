// The right-click menu: spelling suggestions that really replace the word, and
// the clipboard actions a writer expects, enabled as the page says.
import { describe, expect, it } from 'vitest';
import { contextMenuTemplate, type ContextParams } from '../../../electron/main/shell/context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (over: Partial<ContextParams>): ContextParams => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: flags,
  ...over,
});

function labels(items: ReturnType<typeof contextMenuTemplate>) {
  return items.map((i) => (i.type === 'separator' ? '---' : (i.label ?? i.role)));
}

describe('the context menu', () => {
  it('offers up to five spelling suggestions, each replacing the word, and adding it to the dictionary', () => {
    const done: string[] = [];
    const items = contextMenuTemplate(
      params({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments', 'govern', 'governed', 'governs', 'governor'] }),
      { replaceMisspelling: (w) => done.push(`replace ${w}`), addToDictionary: (w) => done.push(`add ${w}`) },
    );
    expect(labels(items)).toEqual([
      'government', 'governments', 'govern', 'governed', 'governs',
      'Add “goverment” to Dictionary', '---', 'cut', 'copy', 'paste', 'Paste as Plain Text', '---', 'selectAll',
    ]);
    items[0]!.click!({} as never, undefined, {} as never);
    items[5]!.click!({} as never, undefined, {} as never);
    expect(done).toEqual(['replace government', 'add goverment']);
  });

  it('says so when the spellchecker has no suggestion (a name, say), and still offers to learn the word', () => {
    const items = contextMenuTemplate(params({ misspelledWord: 'Somodevilla' }), { replaceMisspelling: () => {}, addToDictionary: () => {} });
    expect(items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    expect(labels(items)[1]).toBe('Add “Somodevilla” to Dictionary');
  });

  it('enables cut, copy and paste as the page reports them', () => {
    const items = contextMenuTemplate(params({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }), {
      replaceMisspelling: () => {},
      addToDictionary: () => {},
    });
    expect(items.filter((i) => i.role).map((i) => [i.role, i.enabled])).toEqual([
      ['cut', false], ['copy', false], ['paste', true], ['pasteAndMatchStyle', true], ['selectAll', true],
    ]);
  });

  it('outside a text field: Copy for selected text, and no menu at all otherwise', () => {
    const actions = { replaceMisspelling: () => {}, addToDictionary: () => {} };
    expect(labels(contextMenuTemplate(params({ isEditable: false, selectionText: 'Photo by Chip Somodevilla' }), actions))).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), actions)).toEqual([]);
    // A misspelling is only ever offered where the text can be changed.
    expect(labels(contextMenuTemplate(params({ isEditable: false, misspelledWord: 'teh', selectionText: 'teh' }), actions))).toEqual(['copy']);
  });
});
