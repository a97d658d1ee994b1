// The preview's page renderer, kept between renders: the body's top-level
// blocks as checked ProseMirror nodes and the HTML of each (BlockCache), so
// an edit re-renders only the blocks it changed. Runs in the preview worker
// (preview.worker.ts) or, where no worker can start, on the main thread. The
// page is shared/render's — the one export writes (tests/unit/preview/page-renderer.test.ts).
import { Fragment, type Node } from 'prosemirror-model';
import { schema } from '../../../../shared/article/schema';
import { BlockCache } from '../../../../shared/render/block-cache';
import { renderArticlePageOfDoc } from '../../../../shared/render/page';
import type { ImageSource } from '../../../../shared/render';
import type { PreviewContext } from '../../../../shared/render/preview-context';
import type { BlockChange, BlockJSON, RenderAnswer, RenderRequest } from './protocol';

/** A block from JSON, checked as bodyFromJSON checks a whole body (node types, attributes, content). */
function checkedBlock(json: BlockJSON): Node {
  const node = schema.nodeFromJSON(json);
  node.check();
  return node;
}

export class PreviewPageRenderer {
  private blocks: Node[] = [];
  private readonly cache = new BlockCache();
  private readonly images = new Map<string, ImageSource | null>();
  private context: PreviewContext | null = null;

  handle(request: RenderRequest): RenderAnswer {
    if (request.context) this.context = request.context;
    for (const [sha, answer] of request.images ?? []) this.images.set(sha, answer);
    let doc: Node;
    try {
      this.blocks = this.changed(request.blocks);
      doc = schema.topNodeType.create(null, Fragment.fromArray(this.blocks));
      // The children were checked as they arrived; the document's own content rule here (what doc.check() adds).
      if (!doc.type.validContent(doc.content)) throw new RangeError('Invalid content for node doc');
    } catch (error) {
      this.blocks = [];
      return { seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (!this.context) return { seq: request.seq, ok: false, message: 'the publication settings have not arrived yet' };
    const wanted = new Set<string>();
    const html = renderArticlePageOfDoc(request.article, doc, this.context.settings, {
      imageSrc: (sha) => {
        if (this.images.has(sha)) return this.images.get(sha)!;
        wanted.add(sha);
        return null;
      },
      related: this.context.related,
      imageOrigins: request.imageOrigins,
      timeZone: request.timeZone,
      blockCache: this.cache,
    });
    return { seq: request.seq, ok: true, html, wanted: [...wanted] };
  }

  private changed(change: BlockChange): Node[] {
    if ('reset' in change) return change.reset.map(checkedBlock);
    const { from, removed, added } = change;
    if (from < 0 || removed < 0 || from + removed > this.blocks.length) throw new Error('the preview lost track of the body (a change out of range)');
    const next = this.blocks.slice();
    next.splice(from, removed, ...added.map(checkedBlock));
    return next;
  }
}
