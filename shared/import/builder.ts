// Collects pieces and classifications while an importer walks its source, and
// hands out stable ids ("quote-2") that the review panel undoes by.
import { paragraphNode, type Analysis, type BlockJSON, type Classification, type Piece, type SourceFormat } from './analysis';

type Unidentified<C> = C extends Classification ? Omit<C, 'id'> : never;

export class AnalysisBuilder {
  readonly pieces: Piece[] = [];
  readonly classifications: Classification[] = [];
  private readonly counters = new Map<string, number>();

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
    this.classifications.push({ ...c, id } as Classification);
    return id;
  }

  /** The classification that claims a piece, if any. */
  claimOf(piece: number): Classification | undefined {
    return this.classifications.find((c) =>
      c.kind === 'quote' ? c.pieces.includes(piece) : c.kind !== 'attribution' && c.piece === piece,
    );
  }

  build(): Analysis {
    return { format: this.format, pieces: this.pieces, classifications: this.classifications };
  }
}
