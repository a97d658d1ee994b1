// A body's derived columns, plain text and word count, from its checked node
// (shared/article/body.ts). Counting words is a scan of every character —
// at 5,000 paragraphs it cost more than storing the body — while an autosave
// changes a block or two. So the counter remembers the blocks of the body it
// counted last, with their counts, and reuses them for the blocks this body
// shares with it at its start and its end (an edit, an inserted or deleted
// paragraph leave both intact); only the blocks in between are scanned.
// Comparing two equal strings is a memory compare, far cheaper than a scan.
// Blocks are joined by PLAIN_TEXT_SEPARATOR, which no word spans, so the sum of
// the blocks' counts is exactly countWords of the whole text.
import type { BodyJSON } from '../../../shared/article/fields';
import { bodyFromJSON, PLAIN_TEXT_SEPARATOR, plainTextBlocks } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { blockDerivedOf } from '../../../shared/article/body-blocks';

export interface DerivedText {
  plain_text: string;
  word_count: number;
}

export class DerivedTextCounter {
  private blocks: readonly string[] = [];
  private counts: readonly number[] = [];

  derive(body: BodyJSON): DerivedText {
    // A body checked block by block (an autosave) already knows its blocks' text and words, each worked out once per block text.
    const known = blockDerivedOf(body);
    if (known) return { plain_text: known.texts.join(PLAIN_TEXT_SEPARATOR), word_count: known.words };
    const blocks = plainTextBlocks(bodyFromJSON(body));
    return { plain_text: blocks.join(PLAIN_TEXT_SEPARATOR), word_count: this.count(blocks) };
  }

  /** The words of these blocks, reusing the counts of the blocks the last call shared with them. */
  count(blocks: readonly string[]): number {
    const old = this.blocks;
    const oldCounts = this.counts;
    const counts = new Array<number>(blocks.length);
    let head = 0;
    while (head < blocks.length && head < old.length && blocks[head] === old[head]) {
      counts[head] = oldCounts[head]!;
      head++;
    }
    let tail = 0;
    while (tail < blocks.length - head && tail < old.length - head && blocks[blocks.length - 1 - tail] === old[old.length - 1 - tail]) {
      counts[blocks.length - 1 - tail] = oldCounts[old.length - 1 - tail]!;
      tail++;
    }
    for (let i = head; i < blocks.length - tail; i++) counts[i] = countWords(blocks[i]!);
    this.blocks = blocks;
    this.counts = counts;
    let total = 0;
    for (const n of counts) total += n;
    return total;
  }
}
