// The body as JSON text for an autosave, at the cost of the blocks that
// changed. Serializing a 5,000-paragraph document whole (toJSON, then IPC's
// structured clone of thousands of objects) held the main thread for tens of
// milliseconds on every save; here each top-level block's text is kept by
// node identity (ProseMirror nodes are immutable, so an untouched block is the
// same object in the next document) and the body is their concatenation,
// sent as one string (the saveArticle contract parses it back). The text is
// exactly JSON.stringify(doc.toJSON()) (tests/unit/editor/body-text.test.ts).
// Each block's length goes with it, so main can cut the text into the blocks
// and check only those it has not seen (shared/article/body-blocks.ts).
import type { Node } from 'prosemirror-model';

/** The body as sent: its JSON text and each top-level block's length in it (main checks only blocks it has not seen). */
export interface SentBody {
  text: string;
  blockLengths: number[];
}

export class BodyText {
  private readonly blocks = new WeakMap<Node, string>();

  of(doc: Node): string {
    return this.sent(doc).text;
  }

  sent(doc: Node): SentBody {
    const parts: string[] = [];
    const blockLengths: number[] = [];
    doc.forEach((block) => {
      let text = this.blocks.get(block);
      if (text === undefined) {
        text = JSON.stringify(block.toJSON());
        this.blocks.set(block, text);
      }
      parts.push(text);
      blockLengths.push(text.length);
    });
    return { text: `{"type":"doc","content":[${parts.join(',')}]}`, blockLengths };
  }
}
