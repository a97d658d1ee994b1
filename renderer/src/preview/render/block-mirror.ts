// What the page renderer holds of the body, seen from the main thread: the
// top-level blocks last sent, by identity. An edit replaces only the blocks
// it touched (ProseMirror nodes are immutable and shared between states), so
// comparing the new document's blocks with these from both ends finds the
// changed run in O(blocks) pointer comparisons, and only that run is turned
// into JSON. A keystroke in a 5,000-paragraph article sends one paragraph.
import type { Node } from 'prosemirror-model';
import type { BlockChange, BlockJSON } from './protocol';

export class BlockMirror {
  private sent: Node[] | null = null;

  /** The change that brings the renderer's blocks to `doc`'s (an empty one when it already has them). */
  diff(doc: Node): BlockChange {
    const next: Node[] = [];
    doc.forEach((block) => next.push(block));
    const prev = this.sent;
    this.sent = next;
    if (!prev) return { reset: next.map(toJSON) };
    let start = 0;
    while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
    let endPrev = prev.length;
    let endNext = next.length;
    while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
      endPrev--;
      endNext--;
    }
    return { from: start, removed: endPrev - start, added: next.slice(start, endNext).map(toJSON) };
  }

  /** The renderer lost its blocks (a body it refused, a restarted worker): the next diff sends them all. */
  reset(): void {
    this.sent = null;
  }
}

const toJSON = (block: Node) => block.toJSON() as BlockJSON;
