// What an import recognized, as plain data. The source is kept as an ordered
// list of pieces, each with the blocks it stands for when nothing claims it;
// classifications claim pieces ("this line is the headline", "these three
// paragraphs are one quote"). The article is always rebuilt from both by
// assemble(), so undoing one classification is just leaving it out: no state
// to patch, nothing to lose. This shape crosses IPC, hence the zod schemas.
import { z } from 'zod';
import { PhotoAttrs } from '../article/photo';

/** A ProseMirror block as JSON; assemble() checks the whole body against the schema. */
export const BlockJSON = z.looseObject({ type: z.string() });
export type BlockJSON = z.infer<typeof BlockJSON>;

export const IMPORT_FORMATS = ['txt', 'html', 'docx'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What an analysis was made from: an import format, or interchange JSON (taken as it is). */
export const SourceFormat = z.enum([...IMPORT_FORMATS, 'json']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Piece = z
  .object({
    /** Source text, for the review panel and for the detectors. */
    text: z.string(),
    /** The blocks this piece becomes when no classification claims it (may be none, e.g. an image with no caption). */
    nodes: z.array(BlockJSON),
    /** "paragraph" pieces are plain paragraphs the text detectors may claim; "block" pieces are structure from markup. */
    role: z.enum(['paragraph', 'block']),
  })
  .strict();
export type Piece = z.infer<typeof Piece>;

export const DROP_REASONS = [
  'share',
  'more-from',
  'advertisement',
  'related',
  'read-more',
  'copyright',
  'end-mark',
  'media-contact',
  'release-label',
  'social',
  'page-chrome',
  // Whole parts of a web page that are not the article (what the extractor left out).
  'comments',
  'sidebar',
  'related-stories',
  'newsletter',
  'cookie-notice',
  'not-article',
  'timestamp',
] as const;
export const DropReason = z.enum(DROP_REASONS);
export type DropReason = z.infer<typeof DropReason>;

const id = z.string().min(1);
const index = z.number().int().nonnegative();

export const Classification = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('headline'), piece: index, value: z.string() }).strict(),
  z.object({ id, kind: z.literal('byline'), piece: index, value: z.string() }).strict(),
  /** From a page's own description (JSON-LD, og:description) or a standfirst paragraph. */
  z.object({ id, kind: z.literal('standfirst'), piece: index, value: z.string() }).strict(),
  z.object({ id, kind: z.literal('section'), piece: index, value: z.string() }).strict(),
  /** The dateline prefix is cut from the first paragraph; `replacement` is that paragraph without it. */
  z.object({ id, kind: z.literal('dateline'), piece: index, value: z.string(), replacement: BlockJSON }).strict(),
  /** `paragraphs` are the quoted paragraphs without their quotation marks (the blockquote shows they are quoted). */
  z
    .object({
      id,
      kind: z.literal('quote'),
      pieces: z.array(index).min(1),
      paragraphs: z.array(BlockJSON).min(1),
      source: z.enum(['quotation-marks', 'markup']),
    })
    .strict(),
  /** Who a quote is from; undone on its own when the guess is wrong. `evidence` is the text it was read from. */
  z.object({ id, kind: z.literal('attribution'), quote: id, value: z.string().min(1), evidence: z.string() }).strict(),
  /** A lead photo goes first in the body, whatever its piece's position. */
  z.object({ id, kind: z.literal('photo'), piece: index, lead: z.boolean(), attrs: PhotoAttrs }).strict(),
  z.object({ id, kind: z.literal('dropped'), piece: index, reason: DropReason }).strict(),
]);
export type Classification = z.infer<typeof Classification>;
export type ClassificationKind = Classification['kind'];

/** A picture the source holds that the article will not: the review panel lists each, with why. */
export const LeftOutPicture = z.object({ description: z.string(), reason: z.string() }).strict();
export type LeftOutPicture = z.infer<typeof LeftOutPicture>;

export const Analysis = z
  .object({
    format: SourceFormat,
    pieces: z.array(Piece),
    classifications: z.array(Classification),
    picturesLeftOut: z.array(LeftOutPicture).default([]),
    /** What the importer wants the journalist to check, in a sentence each (e.g. how the article was found). */
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type Analysis = z.infer<typeof Analysis>;

/** A plain paragraph block from text ("" gives an empty paragraph). */
export function paragraphNode(text: string): BlockJSON {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}
