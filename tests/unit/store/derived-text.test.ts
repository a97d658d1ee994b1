// The store's derived columns: the word counter reuses the counts of the
// blocks a body shares with the last one at its start and end, and must give
// exactly countWords of the whole plain text after any sequence of edits —
// insertions, deletions, moves, typing, a different article altogether.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DerivedTextCounter } from '../../../electron/main/store/derived-text';
import { plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import type { BodyJSON } from '../../../shared/article/fields';
import { applyEdit, body, edit } from '../../support/random-docs';
import { doc, p } from '../../support/docs';

describe('DerivedTextCounter', () => {
  it('gives the plain text and word count of the whole body after any edits', () => {
    fc.assert(
      fc.property(body, fc.array(fc.oneof(edit.map((e) => ({ e })), body.map((other) => ({ other }))), { maxLength: 12 }), (start, steps) => {
        const counter = new DerivedTextCounter();
        const images = new Map<string, string>();
        let current = start;
        for (const step of [null, ...steps]) {
          if (step) current = 'e' in step ? applyEdit(current, step.e, images) : step.other;
          // A fresh JSON object each time, as a save receives it.
          const json = JSON.parse(JSON.stringify(current.toJSON())) as BodyJSON;
          const text = plainText(current);
          expect(counter.derive(json)).toEqual({ plain_text: text, word_count: countWords(text) });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts only the blocks between the shared start and end', () => {
    const counter = new DerivedTextCounter();
    const blocks = Array.from({ length: 6 }, (_, i) => `Block number ${i} here`);
    expect(counter.count(blocks)).toBe(24);
    // Same words, different counts remembered: a block that is reused keeps its remembered count (here, a wrong one on purpose).
    (counter as unknown as { counts: number[] }).counts = [100, 4, 4, 4, 4, 200];
    expect(counter.count(['Block number 0 here', 'A new one', 'Block number 5 here'])).toBe(100 + 3 + 200);
    expect(new DerivedTextCounter().derive(doc(p('One two'), p(), p('three')) as BodyJSON)).toEqual({ plain_text: 'One two\n\nthree', word_count: 3 });
  });
});
