// Collects pieces and classifications while an importer walks its source, and
// hands out stable ids ("quote-2") that the review panel undoes by.
//
// Every detector asks "what claims piece i?" for each piece, so the claims are
// kept in an index by piece: a scan of the classifications per question made a
// 5 MB wire file take minutes (DESIGN §8: import cost grows with the input).
import {
  paragraphNode,
  type Analysis,
  type BlockJSON,
  type Classification,
  type LeftOutPicture,
  type Piece,
  type SourceFormat,
} from './analysis';

type Unidentified<C> = C extends Classification ? Omit<C, 'id'> : never;

export class AnalysisBuilder {
  readonly pieces: Piece[] = [];
  readonly classifications: Classification[] = [];
  private readonly counters = new Map<string, number>();
  /** piece → the first classification that claims it (attributions claim no piece). */
  private readonly claims = new Map<number, Classification>();
  /** quote id → its attribution, so "has this quote one yet?" is one lookup. */
  private readonly attributions = new Map<string, Extract<Classification, { kind: 'attribution' }>>();
  /**
   * Claim lookups made by every builder so far: the work counter the
   * linearity tests and the benchmark read. Every detector's walk over the
   * pieces asks through claimOf, so a scan per piece shows up here as
   * quadratic growth.
   */
  static lookups = 0;

  constructor(readonly format: SourceFormat) {}

  addPiece(text: string, nodes: BlockJSON[], role: Piece['role']): number {
    this.pieces.push({ text, nodes, role });
    return this.pieces.length - 1;
  }

  /** A plain paragraph of text: what any line becomes when nothing claims it. */
  addParagraph(text: string): number {
    return this.addPiece(text, [paragraphNode(text)], 'paragraph');
  }

  classify(c: Unidentified<Classification>): string {
    const n = (this.counters.get(c.kind) ?? 0) + 1;
    this.counters.set(c.kind, n);
    const id = `${c.kind}-${n}`;
    const classification = { ...c, id } as Classification;
    this.classifications.push(classification);
    if (classification.kind === 'quote') for (const p of classification.pieces) this.claim(p, classification);
    else if (classification.kind === 'attribution') {
      if (!this.attributions.has(classification.quote)) this.attributions.set(classification.quote, classification);
    } else this.claim(classification.piece, classification);
    return id;
  }

  /** The classification that claims a piece, if any (the first made, as a scan in order would find). */
  claimOf(piece: number): Classification | undefined {
    AnalysisBuilder.lookups++;
    return this.claims.get(piece);
  }

  /** The attribution of a quote, if one was made. */
  attributionOf(quoteId: string): Extract<Classification, { kind: 'attribution' }> | undefined {
    AnalysisBuilder.lookups++;
    return this.attributions.get(quoteId);
  }

  readonly picturesLeftOut: LeftOutPicture[] = [];
  readonly notes: string[] = [];

  build(): Analysis {
    return {
      format: this.format,
      pieces: this.pieces,
      classifications: this.classifications,
      picturesLeftOut: this.picturesLeftOut,
      notes: this.notes,
    };
  }

  private claim(piece: number, c: Classification): void {
    if (!this.claims.has(piece)) this.claims.set(piece, c);
  }
}
