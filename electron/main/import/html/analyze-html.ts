// HTML (a saved web page, or what mammoth makes of a Word file) → an analysis.
// Structure comes from the markup: headings, lists, blockquotes, figures. The
// shared text detectors then run over the plain paragraphs, so a pasted wire
// story inside a <div> gets the same treatment as a .txt file.
import type { Analysis, ImportFormat } from '../../../../shared/import/analysis';
import { AnalysisBuilder } from '../../../../shared/import/builder';
import { classifyBody } from '../../../../shared/import/classify-body';
import { furnitureReason } from '../../../../shared/import/detect/furniture';
import { headlineFrom } from '../../../../shared/import/detect/headline';
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { BlockWalker, type ImageResolver } from './block-walker';
import { findElement, parseHtml, textContent } from './dom';
import { firstParagraphHeadline, takeByline } from './page-fields';

export type { ImageResolver };

export function analyzeHtml(html: string, format: ImportFormat, resolveImage: ImageResolver): Analysis {
  const document = parseHtml(html);
  const body = findElement(document, (el) => el.tagName === 'body') ?? document;
  const root = findElement(body, (el) => el.tagName === 'article') ?? findElement(body, (el) => el.tagName === 'main') ?? body;
  const b = new AnalysisBuilder(format);
  const hasH1 = findElement(root, (el) => el.tagName === 'h1') !== null;
  const title = findElement(document, (el) => el.tagName === 'title');
  const titleText = title ? (headlineFrom(smartenTypography(textContent(title))) ?? '') : '';
  if (!hasH1 && titleText) {
    // The <title> is not part of the body: its piece restores nothing, so undo just clears the field.
    b.classify({ kind: 'headline', piece: b.addPiece(titleText, [], 'block'), value: titleText });
  }
  const walker = new BlockWalker(b, resolveImage);
  walker.blocks(root);
  walker.flushLoose();
  // Furniture first, so an "Advertisement" line is never taken for the headline.
  for (const [i, piece] of b.pieces.entries()) {
    if (piece.role !== 'paragraph' || b.claimOf(i)) continue;
    const reason = furnitureReason(piece.text);
    if (reason) b.classify({ kind: 'dropped', piece: i, reason });
  }
  const h1 = walker.h1s[0];
  const h1Text = h1 === undefined ? null : headlineFrom(b.pieces[h1]!.text);
  if (h1 !== undefined && h1Text) b.classify({ kind: 'headline', piece: h1, value: h1Text });
  else if (!titleText) firstParagraphHeadline(b);
  takeByline(b);
  classifyBody(b, { leadPhotosFromCredits: true });
  return b.build();
}
