// Plain text (wire copy, press releases, copy pasted from a web page) → an
// analysis: headline, byline, paragraphs, furniture; then the shared body
// detectors find credits, the dateline and quotes.
//
// Paragraphs are separated by blank lines, and the lines inside one are joined
// (wire copy is hard-wrapped). Text with no blank lines below the headline is
// pasted web copy with one paragraph per line, and is split by line instead.
import type { Analysis } from '../analysis';
import { assemble, type ImportResult } from '../assemble';
import { AnalysisBuilder } from '../builder';
import { classifyBody } from '../classify-body';
import { findByline } from '../detect/byline';
import { headlineFrom } from '../detect/headline';
import { furnitureReason, looksLikeContactDetail } from '../detect/furniture';
import { isCreditLine } from '../detect/photo-credit';
import { splitBlocks } from './split';

/** A paragraph longer than this before a credit line is copy, not the photo's caption. */
const MAX_CAPTION = 300;

export function analyzePlainText(raw: string): Analysis {
  const blocks = splitBlocks(raw);
  const b = new AnalysisBuilder('txt');
  const onePerLine = blocks.length <= 2;
  let headlineTaken = false;
  let bylineMayFollow = false;
  // A "Media contact:" label alone at the end of a block: the next block holds the details.
  let contactContinues = false;

  const dropBlock = (lines: string[]) => {
    const text = lines.join('\n');
    const content = lines.flatMap((line, i) => (i ? [{ type: 'hard_break' }, textNode(line)] : [textNode(line)]));
    const piece = b.addPiece(text, [{ type: 'paragraph', content }], 'paragraph');
    b.classify({ kind: 'dropped', piece, reason: 'media-contact' });
  };

  for (const block of blocks) {
    if (contactContinues) {
      contactContinues = false;
      if (block.every(looksLikeContactDetail)) {
        dropBlock(block);
        continue;
      }
    }
    let run: string[] = [];
    const flush = () => {
      if (run.length) b.addParagraph(run.join(' '));
      run = [];
    };
    for (let i = 0; i < block.length; i++) {
      const line = block[i]!;
      const reason = furnitureReason(line);
      if (reason === 'media-contact') {
        flush();
        // The label and the details under it (name, phone, email) go as one piece.
        let end = i + 1;
        while (end < block.length && looksLikeContactDetail(block[end]!)) end++;
        dropBlock(block.slice(i, end));
        contactContinues = end === i + 1 && end === block.length;
        i = end - 1;
        continue;
      }
      if (reason) {
        flush();
        b.classify({ kind: 'dropped', piece: b.addParagraph(line), reason });
        continue;
      }
      if (isCreditLine(line)) {
        // A credit closes the paragraph above it in the same block, which is then its caption.
        if (run.join(' ').length > MAX_CAPTION || !headlineTaken) flush();
        run.push(line);
        flush();
        continue;
      }
      if (!headlineTaken) {
        headlineTaken = true;
        const headline = headlineFrom(line);
        if (headline) {
          bylineMayFollow = true;
          b.classify({ kind: 'headline', piece: b.addParagraph(line), value: headline });
          continue;
        }
      }
      if (bylineMayFollow) {
        bylineMayFollow = false;
        const byline = findByline(line);
        if (byline) {
          flush();
          b.classify({ kind: 'byline', piece: b.addParagraph(line), value: byline });
          continue;
        }
      }
      if (onePerLine) b.addParagraph(line);
      else run.push(line);
    }
    flush();
  }

  classifyBody(b, { leadPhotosFromCredits: true });
  return b.build();
}

/** Plain text straight to the article and summary the review panel shows. */
export function importPlainText(raw: string): ImportResult {
  return assemble(analyzePlainText(raw));
}

function textNode(text: string) {
  return { type: 'text', text };
}
