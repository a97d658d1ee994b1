// Headline, byline, standfirst and section of a page once its blocks are laid
// out. The page's declared values come first (page-meta.ts); where the same
// text also stands in the extracted article (the <h1>, a "By …" line, the
// standfirst paragraph), that piece is claimed, so it leaves the body and
// undoing the field puts it back where it stood.
import type { BlockJSON } from '../../../../shared/import/analysis';
import type { AnalysisBuilder } from '../../../../shared/import/builder';
import { isTimestamp } from '../../../../shared/import/detect/furniture';
import { bylineFromLine } from '../../../../shared/import/detect/byline';
import { cleanHeadline, headlineFrom } from '../../../../shared/import/detect/headline';
import { simplify } from './left-out';
import type { PageMeta } from './page-meta';

/** How far into the article the headline, byline and standfirst are looked for. */
const TOP_PIECES = 8;

export interface PageFields {
  headline: string;
  byline: string;
  standfirst: string;
}

export function claimPageFields(b: AnalysisBuilder, meta: PageMeta, h1Text: string): PageFields {
  const h1 = headlineFrom(cleanHeadline(h1Text, [meta.siteName])) ?? '';
  const headline = headlineFrom(meta.headline) ?? (h1 || headlineFrom(meta.title) || '');
  const fromLines = cutFieldLines(b, headline, meta.byline);
  if (!meta.byline && fromLines) meta.byline = fromLines;
  if (headline) {
    const same = new Set([simplify(headline), simplify(h1)].filter(Boolean));
    const piece = topPiece(b, (text) => same.has(simplify(text)));
    b.classify({ kind: 'headline', piece: piece ?? b.addPiece(headline, [], 'block'), value: headline });
  } else {
    firstParagraphHeadline(b);
  }

  let byline = takeByline(b);
  if (!byline && meta.byline) {
    const piece = topPiece(b, (text) => simplify(text) === simplify(meta.byline));
    byline = meta.byline;
    b.classify({ kind: 'byline', piece: piece ?? b.addPiece(meta.byline, [], 'block'), value: byline });
  }

  const standfirst = declaredStandfirst(b, meta.standfirst);
  if (standfirst) {
    const piece = topPiece(b, (text) => simplify(text) === simplify(standfirst));
    b.classify({ kind: 'standfirst', piece: piece ?? b.addPiece(standfirst, [], 'block'), value: standfirst });
  }
  if (meta.section) {
    // Templates show the section above the headline ("Transport"): that line is the field, not copy.
    const piece = topPiece(b, (text) => simplify(text) === simplify(meta.section));
    b.classify({ kind: 'section', piece: piece ?? b.addPiece(meta.section, [], 'block'), value: meta.section });
  }
  return { headline, byline, standfirst };
}

/**
 * A page's description is its standfirst unless it is only the start of the
 * first paragraph (many sites fill og:description that way).
 */
function declaredStandfirst(b: AnalysisBuilder, description: string): string {
  if (description.length < 20) return '';
  const start = simplify(description.replace(/(\.\.\.|…)$/, ''));
  for (let i = 0; i < b.pieces.length && i < TOP_PIECES * 4; i++) {
    const piece = b.pieces[i]!;
    if (b.claimOf(i) || piece.role !== 'paragraph') continue;
    const text = simplify(piece.text);
    if (text === start) return description; // the standfirst paragraph itself
    if (text.startsWith(start)) return '';
    break;
  }
  return description;
}

/**
 * Old templates put headline, byline and date in one block, a line each
 * ("Headline<br>By Jane Doe, Staff Writer<br>Posted 3 March"). Those lines
 * are cut from the top paragraphs, and the byline among them is returned.
 */
function cutFieldLines(b: AnalysisBuilder, headline: string, byline: string): string {
  let found = '';
  const isField = (line: string) => {
    const text = line.trim();
    if (!text) return true;
    if (headline && simplify(text) === simplify(headline)) return true;
    if (byline && simplify(text) === simplify(byline)) return true;
    if (isTimestamp(text)) return true;
    const fromLine = bylineFromLine(text);
    if (fromLine) {
      found ||= fromLine;
      return true;
    }
    return false;
  };
  for (let i = 0, seen = 0; i < b.pieces.length && seen < TOP_PIECES; i++) {
    const piece = b.pieces[i]!;
    if (b.claimOf(i) || piece.nodes.length !== 1 || piece.role !== 'paragraph') continue;
    seen++;
    const lines = piece.text.split('\n');
    if (lines.length < 2) continue;
    let k = 0;
    while (k < lines.length && isField(lines[k]!)) k++;
    if (k === 0) continue;
    // Only field lines: keep the first (the headline, claimed below), the others are fields already.
    const keep = k === lines.length ? 1 : 0;
    if (keep) {
      piece.text = lines[0]!;
      piece.nodes = [beforeBreak(piece.nodes[0]!)];
    } else {
      piece.text = lines.slice(k).join('\n');
      piece.nodes = [afterBreaks(piece.nodes[0]!, k)];
    }
  }
  return found;
}

/** A paragraph without its first `count` lines (the inline content up to the count-th hard break). */
function afterBreaks(block: BlockJSON, count: number): BlockJSON {
  const content = Array.isArray(block.content) ? (block.content as { type: string }[]) : [];
  let breaks = 0;
  let at = 0;
  while (at < content.length && breaks < count) if (content[at++]!.type === 'hard_break') breaks++;
  return { ...block, content: content.slice(at) };
}

/** A paragraph's first line only. */
function beforeBreak(block: BlockJSON): BlockJSON {
  const content = Array.isArray(block.content) ? (block.content as { type: string }[]) : [];
  const end = content.findIndex((c) => c.type === 'hard_break');
  return { ...block, content: end < 0 ? content : content.slice(0, end) };
}

/** The first unclaimed piece near the top of the article whose text passes `test`. */
function topPiece(b: AnalysisBuilder, test: (text: string, index: number) => boolean): number | undefined {
  for (let i = 0, seen = 0; i < b.pieces.length && seen < TOP_PIECES; i++) {
    const piece = b.pieces[i]!;
    if (b.claimOf(i) || piece.nodes.length === 0) continue;
    seen++;
    if (test(piece.text, i)) return i;
  }
  return undefined;
}

/**
 * Without a headline anywhere else: the first short paragraph is the
 * headline, as in plain text, but only when copy follows it (a one-paragraph
 * document keeps its paragraph as the body).
 */
export function firstParagraphHeadline(b: AnalysisBuilder): void {
  const copy: number[] = [];
  for (let i = 0; i < b.pieces.length && copy.length < 2; i++) if (!b.claimOf(i) && b.pieces[i]!.nodes.length > 0) copy.push(i);
  const [first, next] = copy;
  const piece = first === undefined ? undefined : b.pieces[first];
  if (piece && next !== undefined && piece.role === 'paragraph' && !piece.text.includes('\n') && piece.text.length <= 200) {
    b.classify({ kind: 'headline', piece: first!, value: piece.text });
  }
}

/** "By Jane Doe" (over one line or several) as the first paragraph under the headline; returns the byline. */
export function takeByline(b: AnalysisBuilder): string {
  const headline = b.classifications.find((c) => c.kind === 'headline');
  const start = headline?.kind === 'headline' && b.pieces[headline.piece]!.nodes.length ? headline.piece + 1 : 0;
  for (let i = start, seen = 0; i < b.pieces.length && seen < 3; i++) {
    const claim = b.claimOf(i);
    if (claim?.kind === 'dropped' || b.pieces[i]!.nodes.length === 0) continue;
    if (claim) return '';
    seen++;
    const piece = b.pieces[i]!;
    if (piece.role !== 'paragraph') continue;
    const value = bylineFromLine(piece.text);
    if (value) {
      b.classify({ kind: 'byline', piece: i, value });
      return value;
    }
    return '';
  }
  return '';
}
