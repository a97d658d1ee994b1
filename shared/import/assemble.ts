// Rebuilds the article from an analysis and the set of undone classifications.
// Pure: the review panel calls it on every undo, the CLI and IPC once.
import { z } from 'zod';
import { ArticleFields, emptyFields } from '../article/fields';
import { checkBody } from '../article/body';
import { countWords } from '../article/word-count';
import { AppError } from '../errors/app-error';
import { Analysis, type BlockJSON, type Classification } from './analysis';
import { ImportSummary, DROP_REASON_LABELS } from './summary';

export const ImportResult = z
  .object({
    analysis: Analysis,
    undone: z.array(z.string()),
    fields: ArticleFields,
    summary: ImportSummary,
  })
  .strict();
export type ImportResult = z.infer<typeof ImportResult>;

type Quote = Extract<Classification, { kind: 'quote' }>;
type Photo = Extract<Classification, { kind: 'photo' }>;
type Attribution = Extract<Classification, { kind: 'attribution' }>;

export function assemble(analysis: Analysis, undone: readonly string[] = []): ImportResult {
  const off = new Set(undone);
  const known = new Set(analysis.classifications.map((c) => c.id));
  const quoteIds = new Set(analysis.classifications.filter((c) => c.kind === 'quote').map((c) => c.id));
  // An attribution belongs to its quote: undoing the quote takes it along.
  const active = analysis.classifications.filter(
    (c) => !off.has(c.id) && (c.kind !== 'attribution' || (quoteIds.has(c.quote) && !off.has(c.quote))),
  );

  const claims = new Map<number, Classification>();
  for (const c of active) {
    if (c.kind === 'quote') c.pieces.forEach((p) => claims.set(p, c));
    else if (c.kind !== 'attribution') claims.set(c.piece, c);
  }
  const attributionOf = new Map(active.flatMap((c) => (c.kind === 'attribution' ? [[c.quote, c.value] as const] : [])));

  const fields = emptyFields();
  const leads: BlockJSON[] = [];
  const body: BlockJSON[] = [];
  analysis.pieces.forEach((piece, index) => {
    const claim = claims.get(index);
    if (!claim) return void body.push(...piece.nodes);
    switch (claim.kind) {
      case 'headline':
        fields.headline = claim.value;
        return;
      case 'byline':
        fields.byline = claim.value;
        return;
      case 'standfirst':
        fields.standfirst = claim.value;
        return;
      case 'section':
        fields.section = claim.value;
        return;
      case 'dateline':
        fields.dateline = claim.value;
        body.push(claim.replacement);
        return;
      case 'quote':
        if (claim.pieces[0] === index) body.push(blockquote(claim, attributionOf.get(claim.id)));
        return;
      case 'photo':
        (claim.lead ? leads : body).push(photoNode(claim));
        return;
      case 'dropped':
        return;
    }
  });

  const content = [...leads, ...body];
  fields.body = { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  const problem = checkBody(fields.body);
  // Importers only build schema nodes, but a file can go past shared/limits.ts (one 750,000-character
  // line): that is the file's doing, said as such, and it never reaches the store.
  if (problem) throw new AppError('bad-request', `This file cannot be imported as it is: ${problem}.`);

  return {
    analysis,
    undone: [...off].filter((id) => known.has(id)),
    fields,
    summary: summarize(analysis, active, off, content),
  };
}

/** Undoes one classification: the article is rebuilt as if it had never been recognized. */
export function undoClassification(result: ImportResult, id: string): ImportResult {
  return result.undone.includes(id) ? result : assemble(result.analysis, [...result.undone, id]);
}

/** Brings an undone classification back. */
export function redoClassification(result: ImportResult, id: string): ImportResult {
  return assemble(
    result.analysis,
    result.undone.filter((u) => u !== id),
  );
}

/**
 * Who a quote is from, as the journalist typed it in the review: replaces the
 * guess (or adds one where none was found). Empty means no attribution, which
 * is the same as undoing the guess, so Redo can still bring it back.
 */
export function setAttribution(result: ImportResult, quoteId: string, value: string): ImportResult {
  const { analysis } = result;
  if (!analysis.classifications.some((c) => c.kind === 'quote' && c.id === quoteId)) throw new RangeError(`no quote ${quoteId} in this import`);
  const text = normalizeAttribution(value);
  const existing = analysis.classifications.find((c): c is Attribution => c.kind === 'attribution' && c.quote === quoteId);
  if (!text) return existing ? undoClassification(result, existing.id) : result;
  const edited: Attribution = existing
    ? { ...existing, value: text }
    : { id: `${quoteId}/attribution`, kind: 'attribution', quote: quoteId, value: text, evidence: '' };
  const classifications = existing ? analysis.classifications.map((c) => (c === existing ? edited : c)) : [...analysis.classifications, edited];
  return assemble(
    { ...analysis, classifications },
    result.undone.filter((u) => u !== edited.id),
  );
}

/** An attribution as it is stored: runs of white space as one space, none at the ends. */
export function normalizeAttribution(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function blockquote(quote: Quote, attribution: string | undefined): BlockJSON {
  const content: unknown[] = [...quote.paragraphs];
  if (attribution) content.push({ type: 'attribution', content: [{ type: 'text', text: attribution }] });
  return { type: 'blockquote', content };
}

function photoNode(photo: Photo): BlockJSON {
  return { type: 'photo', attrs: { ...photo.attrs } };
}

function summarize(
  analysis: Analysis,
  active: Classification[],
  off: ReadonlySet<string>,
  content: BlockJSON[],
): ImportSummary {
  const pick = (kind: 'headline' | 'byline' | 'dateline' | 'standfirst' | 'section') => {
    const c = active.find((x) => x.kind === kind) as { id: string; value: string } | undefined;
    return c ? { id: c.id, value: c.value } : null;
  };
  const words = bodyWords(content);
  const attributionOf = new Map<string, Attribution>();
  for (const c of active) if (c.kind === 'attribution' && !attributionOf.has(c.quote)) attributionOf.set(c.quote, c);
  return {
    format: analysis.format,
    headline: pick('headline'),
    byline: pick('byline'),
    dateline: pick('dateline'),
    standfirst: pick('standfirst'),
    section: pick('section'),
    paragraphs: content.filter((b) => b.type === 'paragraph').length,
    headings: content.filter((b) => b.type === 'heading').length,
    lists: content.filter((b) => b.type === 'bullet_list' || b.type === 'ordered_list').length,
    quotes: active.flatMap((c) => {
      if (c.kind !== 'quote') return [];
      const attribution = attributionOf.get(c.id);
      return [
        {
          id: c.id,
          paragraphs: c.paragraphs.length,
          excerpt: excerpt(textOf(c.paragraphs[0])),
          attribution: attribution?.value ?? '',
          attributionId: attribution?.id ?? null,
        },
      ];
    }),
    photos: active.flatMap((c) =>
      c.kind === 'photo'
        ? [
            {
              id: c.id,
              photographer: c.attrs.photographer,
              agency: c.attrs.agency,
              caption: c.attrs.caption,
              lead: c.lead,
              hasImage: c.attrs.asset !== null,
            },
          ]
        : [],
    ),
    dropped: active.flatMap((c) =>
      c.kind === 'dropped'
        ? [{ id: c.id, reason: c.reason, text: analysis.pieces[c.piece]?.text ?? '', kind: analysis.pieces[c.piece]?.role === 'block' ? ('part' as const) : ('line' as const) }]
        : [],
    ),
    words,
    picturesLeftOut: [...(analysis.picturesLeftOut ?? [])],
    warnings: [...(analysis.notes ?? []), ...bodyWarnings(analysis, words)],
    undone: analysis.classifications.filter((c) => off.has(c.id)).map((c) => ({ id: c.id, label: labelOf(c, analysis) })),
  };
}

/** One line saying what a classification did, for "undone" lists and the CLI. */
export function labelOf(c: Classification, analysis: Analysis): string {
  switch (c.kind) {
    case 'headline':
      return `headline "${excerpt(c.value)}"`;
    case 'byline':
      return `byline "${c.value}"`;
    case 'standfirst':
      return `standfirst "${excerpt(c.value)}"`;
    case 'section':
      return `section "${c.value}"`;
    case 'dateline':
      return `dateline "${c.value}"`;
    case 'quote':
      return `quote "${excerpt(textOf(c.paragraphs[0]))}"`;
    case 'attribution':
      return `attribution "${c.value}"`;
    case 'photo':
      return `photo credit ${[c.attrs.photographer, c.attrs.agency].filter(Boolean).join(' / ') || '(no name)'}`;
    case 'dropped':
      return `${DROP_REASON_LABELS[c.reason]} "${excerpt(analysis.pieces[c.piece]?.text ?? '')}"`;
  }
}

/** Fewer words than this in the body of a page or document: the import may have missed the article. */
export const TINY_BODY_WORDS = 80;

function bodyWords(content: BlockJSON[]): number {
  let words = 0;
  for (const block of content) words += countWords(textOf(block));
  return words;
}

function bodyWarnings(analysis: Analysis, words: number): string[] {
  // Only a web page's article is found by judgement; a text file or a Word document is all article.
  if (analysis.format !== 'html' || words >= TINY_BODY_WORDS) return [];
  return [
    `The body has only ${words} word${words === 1 ? '' : 's'}: the page may hold more of the article than was found. Compare it with the page before keeping it.`,
  ];
}

export function excerpt(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Plain text of a block's inline content. */
export function textOf(block: unknown): string {
  if (!block || typeof block !== 'object') return '';
  const node = block as { text?: unknown; content?: unknown };
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.content) ? node.content.map(textOf).join('') : '';
}
