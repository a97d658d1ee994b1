// The status bar's counts are updated per transaction from the blocks it
// touched; after any sequence of edits they must equal a full recount and
// the store's own word count.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';
import { countWords, plainText } from '../../../shared/article/body';
import { docStats, textStatsKey, textStatsPlugin, readingMinutes } from '../../../renderer/src/editor/status/text-stats';
import { doc, p, quote, ul, li, photo, h } from '../../support/docs';

function state(json: unknown) {
  return EditorState.create({ doc: Node.fromJSON(schema, json), plugins: [textStatsPlugin()] });
}

// A small deterministic random source, so a failure can be replayed.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('incremental text stats', () => {
  it('counts words like the store and characters without paragraph breaks', () => {
    const s = state(doc(p('One two three.'), quote([p('Four five')], 'Six'), photo({ caption: 'Seven eight' }), ul(li(p('nine')))));
    expect(textStatsKey.getState(s)).toEqual({ words: 9, characters: docStats(s.doc).characters });
    expect(textStatsKey.getState(s)!.words).toBe(countWords(plainText(s.doc)));
  });

  it('matches a full recount after hundreds of random edits', () => {
    const random = rng(42);
    let s = state(doc(h(2, 'Sub head'), p('Alpha beta gamma.'), quote([p('Quoted words here'), p('more')], 'Someone'), p('Tail end')));
    const words = ['word ', 'two words ', ' ', '\u00a0', 'x', 'don’t ', ''];
    for (let i = 0; i < 400; i++) {
      const size = s.doc.content.size;
      const a = Math.floor(random() * size);
      const b = Math.min(size, a + Math.floor(random() * 12));
      let tr: Transaction = s.tr;
      const choice = random();
      try {
        if (choice < 0.45) tr = s.tr.setSelection(TextSelection.near(s.doc.resolve(a))).insertText(words[Math.floor(random() * words.length)]!);
        else if (choice < 0.75) tr = s.tr.delete(a, b);
        else if (choice < 0.9) tr = s.tr.split(s.tr.selection.$from.depth ? a : 1);
        else tr = s.tr.replaceWith(a, b, schema.text('joined'));
      } catch {
        continue; // an impossible edit at this position; try another
      }
      if (tr.doc.check === undefined) continue;
      try {
        tr.doc.check();
      } catch {
        continue;
      }
      s = s.apply(tr);
      const expected = docStats(s.doc);
      expect(textStatsKey.getState(s), `after edit ${i}`).toEqual(expected);
      expect(expected.words).toBe(countWords(plainText(s.doc)));
    }
  });

  it('follows a photo caption edited through attribute steps', () => {
    let s = state(doc(p('One two.'), photo({ caption: 'A caption' }), p('Three.')));
    s = s.apply(s.tr.setNodeAttribute(10, 'caption', 'A longer photo caption here'));
    expect(textStatsKey.getState(s)).toEqual(docStats(s.doc));
    expect(textStatsKey.getState(s)!.words).toBe(8);
  });

  it('gives a reading time in whole minutes', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});
