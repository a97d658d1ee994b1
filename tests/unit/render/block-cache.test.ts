// The live preview renders with a cache of each top-level block's HTML
// (shared/render/block-cache.ts). The page must be the one export writes,
// whatever the document and whatever edits led to it: checked against the
// full render, without a cache, after every edit of random edit sequences.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../../../shared/article/fields';
import { BlockCache, renderArticlePage, renderArticlePageOfDoc } from '../../../shared/render';
import { INQUISITR, seedArticle } from '../../fixtures/render/seed-article';
import { applyEdit, body, edit } from '../../support/random-docs';
import { doc, h, p, photo } from '../../support/docs';
import { Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';

const { body: _body, ...meta } = seedArticle();

function pages(node: Node, images: Map<string, string>, cache: BlockCache) {
  const options = { imageSrc: (sha: string) => images.get(sha) ?? null, related: [], timeZone: 'UTC' };
  return {
    cached: renderArticlePageOfDoc(meta, node, INQUISITR, { ...options, blockCache: cache }),
    full: renderArticlePage({ ...meta, body: node.toJSON() as Article['body'] }, INQUISITR, options),
  };
}

describe('rendering with a block cache', () => {
  it('gives exactly the full render after every edit, for random documents and edit sequences', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { maxLength: 25 }), (start, edits) => {
        const cache = new BlockCache();
        const images = new Map<string, string>();
        let current = start;
        const first = pages(current, images, cache);
        expect(first.cached).toBe(first.full);
        for (const e of edits) {
          current = applyEdit(current, e, images);
          const { cached, full } = pages(current, images, cache);
          expect(cached).toBe(full);
        }
      }),
      { numRuns: 300 },
    );
    // 300 random documents take ~8 s alone and over 30 s on this shared 2-core machine under a full run.
  }, 120_000);

  it('re-renders a later subhead when an earlier one changes level (levels never skip)', () => {
    const cache = new BlockCache();
    const images = new Map<string, string>();
    const second = Node.fromJSON(schema, h(4, 'Later'));
    const before = schema.topNodeType.create(null, [Node.fromJSON(schema, h(2, 'First')), second]);
    const after = schema.topNodeType.create(null, [Node.fromJSON(schema, p('No longer a heading')), second]);
    expect(pages(before, images, cache).cached).toContain('<h3>Later</h3>');
    expect(pages(after, images, cache).cached).toContain('<h2>Later</h2>');
  });

  it('re-renders a photo when its image arrives', () => {
    const cache = new BlockCache();
    const images = new Map<string, string>();
    const sha = 'c'.repeat(64);
    const node = Node.fromJSON(schema, doc(p('Lead-in.'), photo({ asset: sha, caption: 'The river', photographer: 'Jane Doe' })));
    expect(pages(node, images, cache).cached).not.toContain('The river');
    images.set(sha, 'data:image/png;base64,iVBORw0KGgo=');
    expect(pages(node, images, cache).cached).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
  });
});
