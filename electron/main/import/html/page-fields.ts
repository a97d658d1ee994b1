// Headline and byline of a page once its blocks are laid out: the fallbacks
// when there is no <h1> or <title>, and a "By …" line under the headline.
import type { AnalysisBuilder } from '../../../../shared/import/builder';
import { findByline } from '../../../../shared/import/detect/byline';

/** Without an <h1>: the first short paragraph is the headline, as in plain text. */
export function firstParagraphHeadline(b: AnalysisBuilder): void {
  const firstCopy = b.pieces.findIndex((p, i) => !b.claimOf(i) && p.nodes.length > 0);
  const piece = b.pieces[firstCopy];
  if (piece && piece.role === 'paragraph' && !piece.text.includes('\n') && piece.text.length <= 200) {
    b.classify({ kind: 'headline', piece: firstCopy, value: piece.text });
  }
}

/** "By Jane Doe" as the first paragraph under the headline. */
export function takeByline(b: AnalysisBuilder): void {
  const headline = b.classifications.find((c) => c.kind === 'headline');
  const start = headline?.kind === 'headline' ? headline.piece + 1 : 0;
  for (let i = start; i < b.pieces.length; i++) {
    if (b.claimOf(i)?.kind === 'dropped') continue;
    const piece = b.pieces[i]!;
    if (piece.role !== 'paragraph' || b.claimOf(i)) return;
    const byline = findByline(piece.text);
    if (byline) b.classify({ kind: 'byline', piece: i, value: byline });
    return;
  }
}
