// An analysis of an article that is already structured (interchange JSON): every
// block is taken as it is, so the summary simply reports what the article holds.
import type { ArticleFields } from '../article/fields';
import { PhotoAttrs } from '../article/photo';
import type { Analysis, BlockJSON } from './analysis';
import { AnalysisBuilder } from './builder';
import { textOf } from './assemble';

export function analysisFromFields(fields: ArticleFields): Analysis {
  const b = new AnalysisBuilder('json');
  // Fields were never in the body, so their pieces restore nothing when undone.
  if (fields.headline) b.classify({ kind: 'headline', piece: b.addPiece(fields.headline, [], 'block'), value: fields.headline });
  if (fields.byline) b.classify({ kind: 'byline', piece: b.addPiece(fields.byline, [], 'block'), value: fields.byline });
  for (const block of fields.body.content as BlockJSON[]) {
    const piece = b.addPiece(textOf(block), [block], 'block');
    if (block.type === 'photo') {
      b.classify({ kind: 'photo', piece, lead: false, attrs: PhotoAttrs.parse(block.attrs) });
    } else if (block.type === 'blockquote') {
      const children = (block.content ?? []) as BlockJSON[];
      const paragraphs = children.filter((c) => c.type === 'paragraph');
      const quote = b.classify({ kind: 'quote', pieces: [piece], paragraphs, source: 'markup' });
      const attribution = textOf(children.find((c) => c.type === 'attribution'));
      if (attribution) b.classify({ kind: 'attribution', quote, value: attribution, evidence: attribution });
    }
  }
  return b.build();
}
