// HTML (a saved web page, or what mammoth makes of a Word file) → an analysis.
// For a web page, Readability finds the article (extract-article.ts) and the
// page's own metadata gives headline, byline, standfirst and section
// (page-meta.ts); what the article leaves out is listed (left-out.ts). Then
// the structure walk lays out pieces from the markup — headings, lists,
// blockquotes, figures — and the shared text detectors run over the plain
// paragraphs, so a wire story inside a <div> gets the same treatment as a
// .txt file. (A Word document is all article: docx.ts walks it without any
// of the page's extraction.)
import { paragraphNode, type Analysis } from '../../../../shared/import/analysis';
import { AnalysisBuilder } from '../../../../shared/import/builder';
import { classifyBody } from '../../../../shared/import/classify-body';
import { normalizeByline } from '../../../../shared/import/detect/byline';
import { furnitureReason } from '../../../../shared/import/detect/furniture';
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { BlockWalker, type ImageResolver } from './block-walker';
import { findElement, parsePage, textContent, type DomElement } from './dom';
import { extractArticle } from './extract-article';
import { leftOutParts, simplify, textChunks, textNodesIn } from './left-out';
import { readPageMeta, type PageMeta } from './page-meta';
import { claimPageFields, firstParagraphHeadline, takeByline } from './page-fields';

export type { ImageResolver };

/** Below a third of the declared articleBody's paragraphs, the visible page did not hold the article. */
const DECLARED_BODY_SHARE = 1 / 3;

export function analyzeHtml(html: string, resolveImage: ImageResolver): Analysis {
  const document = parsePage(html);
  const body = document.body ?? (document.documentElement as DomElement);
  const b = new AnalysisBuilder('html');
  const walker = new BlockWalker(b, resolveImage);

  const meta = readPageMeta(document);
  const firstH1 = findElement(body, (el) => el.localName === 'h1');
  const h1Text = firstH1 ? smartenTypography(textContent(firstH1)) : '';
  const chunks = textChunks(body);
  const { root, note, byline } = extractArticle(document);
  meta.byline ||= normalizeByline(byline) || meta.visibleByline;
  if (note) b.notes.push(note);

  if (useDeclaredBody(meta, root)) {
    b.notes.push('The page showed next to none of its article text, so the text it declares for search engines (JSON-LD articleBody) was imported.');
    for (const paragraph of meta.articleBody.split(/\n\s*\n|\n/)) if (paragraph.trim()) b.addParagraph(smartenTypography(paragraph));
  } else {
    walker.walk(root);
  }
  dropFurniture(b);
  const fields = claimPageFields(b, meta, h1Text);
  classifyBody(b, { leadPhotosFromCredits: false });

  // What the article leaves out, last, so Restore puts it at the end of the body.
  const recognized = new Set([fields.headline, fields.byline, fields.standfirst, meta.title].filter(Boolean).map(simplify));
  for (const part of leftOutParts(chunks, textNodesIn(root), recognized)) {
    const piece = b.addPiece(part.lines.join('\n'), part.lines.map((line) => paragraphNode(smartenTypography(line))), 'block');
    b.classify({ kind: 'dropped', piece, reason: part.reason });
  }
  return b.build();
}

/** Furniture lines (share prompts, "Advertisement", "Related: …") among the plain paragraphs. */
export function dropFurniture(b: AnalysisBuilder): void {
  for (const [i, piece] of b.pieces.entries()) {
    if (piece.role !== 'paragraph' || b.claimOf(i)) continue;
    const reason = furnitureReason(piece.text);
    if (reason) b.classify({ kind: 'dropped', piece: i, reason });
  }
}

/**
 * The page declares its article text (JSON-LD articleBody) and the visible
 * article holds little of it: the page draws its text with script, and what
 * was extracted is something else (a rail of story cards). Measured as the
 * share of the declared paragraphs whose opening words appear in the
 * extracted text.
 */
function useDeclaredBody(meta: PageMeta, root: DomElement): boolean {
  const paragraphs = meta.articleBody.split(/\n+/).map(words).filter((w) => w.length >= 5);
  if (paragraphs.reduce((n, w) => n + w.length, 0) < 50) return false;
  const extracted = words(textContent(root));
  const seen = new Set<string>();
  for (let i = 0; i + 5 <= extracted.length; i++) seen.add(extracted.slice(i, i + 5).join(' '));
  const found = paragraphs.filter((w) => seen.has(w.slice(0, 5).join(' '))).length;
  return found < paragraphs.length * DECLARED_BODY_SHARE;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
