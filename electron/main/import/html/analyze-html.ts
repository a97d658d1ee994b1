// HTML (a saved web page, or what mammoth makes of a Word file) → an analysis.
// Structure comes from the markup: headings, lists, blockquotes, figures. The
// shared text detectors then run over the plain paragraphs, so a pasted wire
// story inside a <div> gets the same treatment as a .txt file.
import { paragraphNode, type Analysis, type BlockJSON, type Classification, type ImportFormat, type PhotoAttrs } from '../../../../shared/import/analysis';
import { AnalysisBuilder } from '../../../../shared/import/builder';
import { classifyBody } from '../../../../shared/import/classify-body';
import { findByline } from '../../../../shared/import/detect/byline';
import { headlineFrom } from '../../../../shared/import/detect/headline';
import { furnitureReason } from '../../../../shared/import/detect/furniture';
import { parseCredit } from '../../../../shared/import/detect/photo-credit';
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { attr, childrenOf, findElement, hasClass, INVISIBLE, isElement, isText, parseHtml, textContent, type DomElement, type DomNode } from './dom';
import { BLOCK_TAGS, InlineCollector, inlineText, type InlineJSON } from './inline';

/** Turns an <img src> into an asset sha256 (or null when there are no bytes to keep). */
export type ImageResolver = (src: string) => string | null;

const CHROME = new Set(['nav', 'aside', 'footer']);

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

class BlockWalker {
  /** Pieces made from <h1> elements: the first is the headline. */
  readonly h1s: number[] = [];
  private loose = new InlineCollector();
  /** The photo just added, so a caption paragraph right under it can join it. */
  private lastPhoto: Extract<Classification, { kind: 'photo' }> | null = null;

  constructor(
    private readonly b: AnalysisBuilder,
    private readonly resolveImage: ImageResolver,
  ) {}

  blocks(parent: DomNode | DomElement): void {
    for (const child of childrenOf(parent)) this.block(child);
  }

  private block(node: DomNode): void {
    if (isText(node)) return this.loose.add(node);
    if (!isElement(node) || INVISIBLE.has(node.tagName)) return;
    const tag = node.tagName;
    if (!BLOCK_TAGS.has(tag)) {
      // Inline markup at block level: part of a loose paragraph, plus any images inside it.
      this.loose.add(node);
      this.imagesIn(node);
      return;
    }
    this.flushLoose();
    if (CHROME.has(tag)) {
      const text = textContent(node);
      if (text) this.b.classify({ kind: 'dropped', piece: this.b.addParagraph(text), reason: 'page-chrome' });
      return;
    }
    switch (tag) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return this.heading(node, tag === 'h1' ? 1 : Math.min(4, Number(tag[1])));
      case 'p':
        return this.paragraph(node);
      case 'blockquote':
        return this.blockquote(node, null);
      case 'figure':
        return this.figure(node);
      case 'img':
        return this.image(node, '');
      case 'picture':
        return this.imagesIn(node);
      case 'ul':
      case 'ol':
        this.push(textContent(node), [this.list(node)], 'block');
        return;
      case 'hr':
        this.push('', [{ type: 'horizontal_rule' }], 'block');
        return;
      case 'pre':
        return this.paragraph(node);
      case 'table':
        return this.table(node);
      default:
        // div, section, header, li outside a list …: look inside; a container of only inline content is a paragraph.
        if (hasBlockChild(node)) return this.blocks(node);
        return this.paragraph(node);
    }
  }

  flushLoose(): void {
    const items = this.loose.finish();
    this.loose = new InlineCollector();
    if (items.length) this.push(inlineText(items), [{ type: 'paragraph', content: items }], 'paragraph');
  }

  private push(text: string, nodes: BlockJSON[], role: 'paragraph' | 'block'): number {
    this.lastPhoto = null;
    return this.b.addPiece(text, nodes, role);
  }

  private heading(el: DomElement, level: number): void {
    const items = collect(el);
    if (!items.length) return;
    // h1 is the headline candidate; analyzeHtml decides. Kept as an h2 if it is not the headline.
    const node: BlockJSON = { type: 'heading', attrs: { level: Math.max(2, level) }, content: items };
    const piece = this.push(inlineText(items), [node], 'block');
    if (level === 1) this.h1s.push(piece);
    this.imagesIn(el);
  }

  private paragraph(el: DomElement): void {
    const items = collect(el);
    const text = inlineText(items);
    // A caption paragraph (Word's Caption style, or a bare credit) right under a photo belongs to it.
    if (this.lastPhoto && text && (hasClass(el, 'caption') || parseCredit(text)?.caption === '')) {
      mergeCaption(this.lastPhoto.attrs, text);
      const piece = this.b.pieces[this.lastPhoto.piece]!;
      piece.text = [piece.text, text].filter(Boolean).join('\n');
      piece.nodes.push(paragraphNode(text));
      return;
    }
    if (items.length) this.push(text, [{ type: 'paragraph', content: items }], 'paragraph');
    this.imagesIn(el);
  }

  private blockquote(el: DomElement, caption: string | null): void {
    const paragraphs: BlockJSON[] = [];
    let attribution = caption ?? '';
    const inline = new InlineCollector();
    const flush = () => {
      const items = inline.finish();
      if (items.length) paragraphs.push({ type: 'paragraph', content: [...items] });
      inline.items.length = 0;
    };
    for (const child of childrenOf(el)) {
      if (isElement(child) && (child.tagName === 'footer' || child.tagName === 'figcaption' || (child.tagName === 'cite' && isLast(el, child)))) {
        attribution ||= smartenTypography(textContent(child)).replace(/^[\u2014\u2013-]\s*/, '');
        continue;
      }
      if (isElement(child) && BLOCK_TAGS.has(child.tagName)) {
        flush();
        const items = collect(child);
        if (items.length) paragraphs.push({ type: 'paragraph', content: items });
        continue;
      }
      inline.add(child);
    }
    flush();
    if (!paragraphs.length) return;
    const piece = this.push(paragraphs.map(textOfParagraph).join('\n'), paragraphs, 'block');
    const quote = this.b.classify({ kind: 'quote', pieces: [piece], paragraphs, source: 'markup' });
    if (attribution) this.b.classify({ kind: 'attribution', quote, value: attribution, evidence: attribution });
  }

  private figure(el: DomElement): void {
    const figcaption = findElement(el, (c) => c.tagName === 'figcaption');
    const captionText = figcaption ? smartenTypography(textContent(figcaption)) : '';
    const quote = findElement(el, (c) => c.tagName === 'blockquote');
    if (quote) return this.blockquote(quote, captionText.replace(/^[\u2014\u2013-]\s*/, '') || null);
    const img = findElement(el, (c) => c.tagName === 'img');
    if (img) return this.image(img, captionText);
    this.blocks(el);
  }

  private image(img: DomElement, captionText: string): void {
    const src = attr(img, 'src') ?? '';
    const attrs: PhotoAttrs = {
      asset: src ? this.resolveImage(src) : null,
      alt: smartenTypography(attr(img, 'alt') ?? ''),
      caption: '',
      photographer: '',
      agency: '',
    };
    if (captionText) mergeCaption(attrs, captionText);
    const piece = this.push(captionText, captionText ? [paragraphNode(captionText)] : [], 'block');
    this.b.classify({ kind: 'photo', piece, lead: false, attrs });
    this.lastPhoto = this.b.classifications.at(-1) as Extract<Classification, { kind: 'photo' }>;
  }

  private imagesIn(el: DomElement): void {
    for (const child of childrenOf(el)) {
      if (!isElement(child) || INVISIBLE.has(child.tagName)) continue;
      if (child.tagName === 'img') this.image(child, '');
      else this.imagesIn(child);
    }
  }

  private list(el: DomElement): BlockJSON {
    const items: BlockJSON[] = [];
    for (const child of childrenOf(el)) {
      if (!isElement(child) || child.tagName !== 'li') continue;
      const content: BlockJSON[] = [];
      const inline = new InlineCollector();
      const flush = () => {
        const run = inline.finish();
        if (run.length) content.push({ type: 'paragraph', content: [...run] });
        inline.items.length = 0;
      };
      for (const part of childrenOf(child)) {
        if (isElement(part) && (part.tagName === 'ul' || part.tagName === 'ol')) {
          flush();
          content.push(this.list(part));
        } else if (isElement(part) && part.tagName === 'p') {
          flush();
          const run = collect(part);
          if (run.length) content.push({ type: 'paragraph', content: run });
        } else {
          inline.add(part);
        }
      }
      flush();
      // A list item must start with a paragraph.
      if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
      items.push({ type: 'list_item', content });
    }
    if (!items.length) items.push({ type: 'list_item', content: [{ type: 'paragraph' }] });
    if (el.tagName === 'ol') {
      const start = Number(attr(el, 'start') ?? 1);
      return { type: 'ordered_list', attrs: { order: Number.isInteger(start) && start > 0 ? start : 1 }, content: items };
    }
    return { type: 'bullet_list', content: items };
  }

  private table(el: DomElement): void {
    // The schema has no tables: each row becomes a paragraph, cells separated by " | ".
    const rows: DomElement[] = [];
    const walk = (n: DomNode | DomElement) => {
      for (const c of childrenOf(n)) if (isElement(c)) (c.tagName === 'tr' ? rows.push(c) : walk(c));
    };
    walk(el);
    for (const row of rows) {
      const cells = childrenOf(row).filter(isElement).map((cell) => smartenTypography(textContent(cell))).filter(Boolean);
      if (cells.length) this.push(cells.join(' | '), [paragraphNode(cells.join(' | '))], 'paragraph');
    }
  }
}

function collect(el: DomElement): InlineJSON[] {
  const inline = new InlineCollector();
  for (const child of childrenOf(el)) inline.add(child);
  return inline.finish();
}

function hasBlockChild(el: DomElement): boolean {
  return childrenOf(el).some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || hasBlockChild(c)));
}

function isLast(parent: DomElement, child: DomElement): boolean {
  const elements = childrenOf(parent).filter((c) => isElement(c) || (isText(c) && c.value.trim()));
  return elements.at(-1) === child;
}

function textOfParagraph(block: BlockJSON): string {
  return inlineText((block.content as InlineJSON[] | undefined) ?? []);
}

/** A caption may end with a credit ("… Photo: Jane Doe/Reuters"): split it into the photo's fields. */
function mergeCaption(attrs: PhotoAttrs, text: string): void {
  const credit = parseCredit(text);
  if (credit) {
    attrs.photographer ||= credit.photographer;
    attrs.agency ||= credit.agency;
    if (credit.caption) attrs.caption = [attrs.caption, credit.caption].filter(Boolean).join(' ');
  } else {
    attrs.caption = [attrs.caption, text].filter(Boolean).join(' ');
  }
}

/** Without an <h1>: the first short paragraph is the headline, as in plain text. */
function firstParagraphHeadline(b: AnalysisBuilder): void {
  const firstCopy = b.pieces.findIndex((p, i) => !b.claimOf(i) && p.nodes.length > 0);
  const piece = b.pieces[firstCopy];
  if (piece && piece.role === 'paragraph' && !piece.text.includes('\n') && piece.text.length <= 200) {
    b.classify({ kind: 'headline', piece: firstCopy, value: piece.text });
  }
}

/** "By Jane Doe" as the first paragraph under the headline. */
function takeByline(b: AnalysisBuilder): void {
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
