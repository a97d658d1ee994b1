// Rendered HTML of top-level body blocks, kept by node identity, so the live
// preview re-renders only the blocks an edit changed. ProseMirror nodes are
// immutable: a block the edit did not touch is the same object in the next
// document, and its HTML cannot have changed — unless what it was rendered
// from outside itself changed, which the entry records and checks:
//   - the heading level the previous blocks left (a subhead never skips a
//     level, so an <h4> after an <h2> is written as <h3>);
//   - the answers imageSrc gave for its photos (a photo's image arrives later).
// Pure and shared, like the rest of the renderer: the page it produces is the
// one renderArticlePage writes without a cache (tests/unit/render/block-cache.test.ts).
import type { Node } from 'prosemirror-model';
import type { ImageSrc } from './types';

/** What rendering one block reads besides the block itself (body.ts). */
export interface BlockContext {
  imageSrc: ImageSrc;
  /** Level of the last heading written; the page headline is the <h1>. */
  lastHeading: number;
}

interface Entry {
  headingIn: number;
  headingOut: number;
  html: string;
  /** Each photo asset the block asked about, with the answer it got (as a comparable key). */
  images: readonly (readonly [string, string])[];
}

function answerKey(answer: ReturnType<ImageSrc>): string {
  if (answer === null) return '';
  if (typeof answer === 'string') return `s${answer}`;
  return `o${answer.src}\u0000${answer.width ?? ''}\u0000${answer.height ?? ''}`;
}

export class BlockCache {
  private entries = new WeakMap<Node, Entry>();

  /** The block's HTML, rendered by `render` only when no entry fits; advances ctx.lastHeading either way. */
  render(block: Node, ctx: BlockContext, render: (block: Node, ctx: BlockContext) => string): string {
    const hit = this.entries.get(block);
    if (hit && hit.headingIn === ctx.lastHeading && hit.images.every(([asset, key]) => answerKey(ctx.imageSrc(asset)) === key)) {
      ctx.lastHeading = hit.headingOut;
      return hit.html;
    }
    const images: (readonly [string, string])[] = [];
    const own: BlockContext = {
      lastHeading: ctx.lastHeading,
      imageSrc: (asset) => {
        const answer = ctx.imageSrc(asset);
        images.push([asset, answerKey(answer)]);
        return answer;
      },
    };
    const html = render(block, own);
    this.entries.set(block, { headingIn: ctx.lastHeading, headingOut: own.lastHeading, html, images });
    ctx.lastHeading = own.lastHeading;
    return html;
  }

  clear(): void {
    this.entries = new WeakMap();
  }
}
