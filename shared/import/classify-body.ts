// The detectors every format shares, run over the body's plain paragraphs once
// the format-specific importer has laid out its pieces: photo credits,
// dateline, quotations and their attributions, in that order (a credit line is
// never a quote, and the dateline paragraph is never a lead-in).
import type { BlockJSON } from './analysis';
import type { AnalysisBuilder } from './builder';
import { attributionFrom } from './detect/attribution';
import { findDateline } from './detect/dateline';
import { cutEnd, cutStart } from './detect/inline';
import { parseCredit } from './detect/photo-credit';
import { findQuoteRuns } from './detect/quotes';

export interface BodyOptions {
  /**
   * Credit lines become photos; those standing before or after all the copy
   * become the lead photo, first in the body. Off for markup whose images
   * already sit where the author put them.
   */
  leadPhotosFromCredits: boolean;
}

export function classifyBody(b: AnalysisBuilder, options: BodyOptions): void {
  const free = (i: number) => b.pieces[i]!.role === 'paragraph' && !b.claimOf(i);

  const creditPieces = new Set<number>();
  b.pieces.forEach((piece, i) => {
    if (!free(i)) return;
    const credit = parseCredit(piece.text);
    if (!credit) return;
    creditPieces.add(i);
    b.classify({
      kind: 'photo',
      piece: i,
      lead: false,
      attrs: { asset: null, alt: '', caption: credit.caption, photographer: credit.photographer, agency: credit.agency },
    });
  });

  const isCopy = (i: number) => !b.claimOf(i) && b.pieces[i]!.nodes.length > 0;
  const copy = b.pieces.map((_, i) => i).filter(isCopy);
  if (options.leadPhotosFromCredits && copy.length) {
    const first = copy[0]!;
    const last = copy[copy.length - 1]!;
    // One lead photo: the first credit above the copy, else the last one below it.
    // Any other credit stays where it stood.
    const credits = [...creditPieces].map((i) => b.claimOf(i)!);
    const lead = credits.find((c) => c.kind === 'photo' && c.piece < first) ?? credits.filter((c) => c.kind === 'photo' && c.piece > last).at(-1);
    if (lead?.kind === 'photo') lead.lead = true;
  }

  const firstCopy = copy[0];
  if (firstCopy !== undefined && free(firstCopy)) {
    const piece = b.pieces[firstCopy]!;
    const dateline = findDateline(piece.text);
    if (dateline && piece.nodes.length === 1) {
      b.classify({
        kind: 'dateline',
        piece: firstCopy,
        value: dateline.value,
        replacement: cutStart(piece.nodes[0]!, dateline.prefixLength),
      });
    }
  }

  classifyQuotes(b, free);
  attributeMarkupQuotes(b);
}

/** A <blockquote> from markup with no <cite> of its own can still be introduced by "Mayor Ana Ruiz said:". */
function attributeMarkupQuotes(b: AnalysisBuilder): void {
  for (const quote of [...b.classifications]) {
    if (quote.kind !== 'quote' || quote.source !== 'markup') continue;
    if (b.attributionOf(quote.id)) continue;
    const leadIn = leadInBefore(b, quote.pieces[0]!);
    const value = leadIn === null ? '' : attributionFrom(leadIn);
    if (value) b.classify({ kind: 'attribution', quote: quote.id, value, evidence: leadIn! });
  }
}

function classifyQuotes(b: AnalysisBuilder, free: (i: number) => boolean): void {
  const candidates = b.pieces.map((_, i) => i).filter((i) => free(i) && b.pieces[i]!.nodes.length === 1);
  // Two candidates are adjacent when only dropped furniture stands between them.
  const adjacent = (k: number) => {
    for (let i = candidates[k]! + 1; i < candidates[k + 1]!; i++) {
      if (b.claimOf(i)?.kind !== 'dropped') return false;
    }
    return true;
  };
  const runs = findQuoteRuns(
    candidates.map((i) => b.pieces[i]!.text),
    adjacent,
  );
  for (const run of runs) {
    const pieces = run.members.map((k) => candidates[k]!);
    const paragraphs = pieces.map((p, n) => unquoteBlock(b.pieces[p]!.nodes[0]!, b.pieces[p]!.text, n === pieces.length - 1));
    const quoteId = b.classify({ kind: 'quote', pieces, paragraphs, source: 'quotation-marks' });
    if (run.trailingAttribution) {
      b.classify({ kind: 'attribution', quote: quoteId, value: run.trailingAttribution, evidence: b.pieces[pieces.at(-1)!]!.text });
      continue;
    }
    const leadIn = leadInBefore(b, pieces[0]!);
    if (leadIn === null) continue;
    const value = attributionFrom(leadIn);
    if (value) b.classify({ kind: 'attribution', quote: quoteId, value, evidence: leadIn });
  }
}

function unquoteBlock(node: BlockJSON, text: string, last: boolean): BlockJSON {
  const opened = cutStart(node, 1);
  if (!last) return opened;
  // Cut the closing mark, and with it any "— Name" written after it.
  const close = text.lastIndexOf('\u201d');
  return cutEnd(opened, text.length - close);
}

/** The text of the paragraph just before a quote, if it is plain copy (not another quote, a photo or a heading). */
function leadInBefore(b: AnalysisBuilder, piece: number): string | null {
  for (let i = piece - 1; i >= 0; i--) {
    const claim = b.claimOf(i);
    if (claim?.kind === 'dropped' || b.pieces[i]!.nodes.length === 0) continue;
    if (b.pieces[i]!.role !== 'paragraph') return null;
    if (claim && claim.kind !== 'dateline') return null;
    return b.pieces[i]!.text;
  }
  return null;
}
