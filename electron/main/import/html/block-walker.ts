// Walks an HTML tree block by block and lays out pieces: headings, paragraphs
// (with marks), lists, tables, markup quotes with their <cite>, and photos with
// the caption and credit under them. Nothing of the source's attributes but
// href (when allowed), src and alt is ever read.
import { paragraphNode, type BlockJSON, type Classification } from '../../../../shared/import/analysis';
import type { PhotoAttrs } from '../../../../shared/article/photo';
import type { AnalysisBuilder } from '../../../../shared/import/builder';
import { parseCredit } from '../../../../shared/import/detect/photo-credit';
import { smartenTypography } from '../../../../shared/import/detect/typography';
import { mergeCaption } from './caption';
import { attr, childrenOf, findElement, hasClass, INVISIBLE, isElement, isText, textContent, type DomElement, type DomNode } from './dom';
import { BLOCK_TAGS, collectInline, InlineCollector, inlineText, type InlineJSON } from './inline';
import { listNode } from './list';
import { tableRows } from './table';

/** An <img src> as an asset sha256, or why there are no bytes to keep (completes "left out: …"). */
export type ResolvedImage = { asset: string } | { asset: null; reason: string };
export type ImageResolver = (src: string) => ResolvedImage;

const CHROME = new Set(['nav', 'aside', 'footer']);

export class BlockWalker {
  /** Pieces made from <h1> elements: the first is the headline. */
  readonly h1s: number[] = [];
  private loose = new InlineCollector();
  /** The photo just added, so a caption paragraph right under it can join it. */
  private lastPhoto: Extract<Classification, { kind: 'photo' }> | null = null;

  constructor(
    private readonly b: AnalysisBuilder,
    private readonly resolveImage: ImageResolver,
  ) {}

  /** Elements with a block inside them, however deep: an inline element holding blocks is a container. */
  private holdsBlocks = new Set<DomNode>();

  /** Lays out the pieces of everything under `root`. */
  walk(root: DomNode): void {
    this.holdsBlocks = elementsHoldingBlocks(root);
    this.blocks(root);
    this.flushLoose();
  }

  blocks(parent: DomNode): void {
    for (const child of childrenOf(parent)) this.block(child);
  }

  private block(node: DomNode): void {
    if (isText(node)) return this.loose.add(node);
    if (!isElement(node) || INVISIBLE.has(node.localName)) return;
    const tag = node.localName;
    if (!BLOCK_TAGS.has(tag) && !this.holdsBlocks.has(node)) {
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
      case 'ol': {
        const list = listNode(node);
        if (list) this.push(textContent(node), [list], 'block');
        return;
      }
      case 'hr':
        this.push('', [{ type: 'horizontal_rule' }], 'block');
        return;
      case 'pre':
        return this.paragraph(node);
      case 'table':
        return this.table(node);
      default:
        // div, section, header, li outside a list …: look inside; a container of only inline content is a paragraph.
        if (this.holdsBlocks.has(node)) return this.blocks(node);
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
    const items = collectInline(el);
    // A picture in a heading (Word users put one in a Heading-styled paragraph) is still a picture.
    if (!items.length) return this.imagesIn(el);
    // h1 is the headline candidate; analyzeHtml decides. Kept as an h2 if it is not the headline.
    const node: BlockJSON = { type: 'heading', attrs: { level: Math.max(2, level) }, content: items };
    const piece = this.push(inlineText(items), [node], 'block');
    if (level === 1) this.h1s.push(piece);
    this.imagesIn(el);
  }

  private paragraph(el: DomElement): void {
    const items = collectInline(el);
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
    const flush = () => inline.flushParagraphInto(paragraphs);
    for (const child of childrenOf(el)) {
      if (isElement(child) && (child.localName === 'footer' || child.localName === 'figcaption' || (child.localName === 'cite' && isLast(el, child)))) {
        attribution ||= smartenTypography(textContent(child)).replace(/^[\u2014\u2013-]\s*/, '');
        continue;
      }
      if (isElement(child) && BLOCK_TAGS.has(child.localName)) {
        flush();
        const items = collectInline(child);
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
    const figcaption = findElement(el, (c) => c.localName === 'figcaption');
    const captionText = figcaption ? smartenTypography(textContent(figcaption)) : '';
    const quote = findElement(el, (c) => c.localName === 'blockquote');
    if (quote) return this.blockquote(quote, captionText.replace(/^[\u2014\u2013-]\s*/, '') || null);
    const img = findElement(el, (c) => c.localName === 'img');
    if (img) return this.image(img, captionText);
    this.blocks(el);
  }

  private image(img: DomElement, captionText: string): void {
    const src = attr(img, 'src') ?? '';
    const resolved: ResolvedImage = src ? this.resolveImage(src) : { asset: null, reason: 'it has no image data' };
    const attrs: PhotoAttrs = {
      asset: resolved.asset,
      alt: smartenTypography(attr(img, 'alt') ?? ''),
      caption: '',
      photographer: '',
      agency: '',
    };
    if (captionText) mergeCaption(attrs, captionText);
    if (resolved.asset === null) {
      // Still a photo (its caption and credit are the writer's), but the picture itself is not imported: say so.
      const description = attrs.alt || attrs.caption || src.replace(/^data:.*$/s, 'an embedded image').slice(0, 200) || 'a picture';
      this.b.picturesLeftOut.push({ description, reason: resolved.reason });
    }
    const piece = this.push(captionText, captionText ? [paragraphNode(captionText)] : [], 'block');
    this.b.classify({ kind: 'photo', piece, lead: false, attrs });
    this.lastPhoto = this.b.classifications.at(-1) as Extract<Classification, { kind: 'photo' }>;
  }

  private imagesIn(el: DomElement): void {
    for (const child of childrenOf(el)) {
      if (!isElement(child) || INVISIBLE.has(child.localName)) continue;
      if (child.localName === 'img') this.image(child, '');
      else this.imagesIn(child);
    }
  }

  private table(el: DomElement): void {
    for (const row of tableRows(el, (cell) => this.holdsBlocks.has(cell))) {
      if (row.kind === 'line') this.push(row.text, [paragraphNode(row.text)], 'paragraph');
      else
        for (const cell of row.cells) {
          this.blocks(cell);
          this.flushLoose();
        }
    }
  }
}

/** Every element with a block element somewhere inside it, found in one pass down and one back up. */
function elementsHoldingBlocks(root: DomNode): Set<DomNode> {
  const order: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node) && node !== root) continue;
    if (isElement(node) && INVISIBLE.has(node.localName)) continue;
    order.push(node);
    for (const child of childrenOf(node)) stack.push(child);
  }
  const holds = new Set<DomNode>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const parent = node.parentNode;
    if (!parent || node === root) continue;
    if (holds.has(node) || (isElement(node) && BLOCK_TAGS.has(node.localName))) holds.add(parent);
  }
  return holds;
}

function isLast(parent: DomElement, child: DomElement): boolean {
  const elements = childrenOf(parent).filter((c) => isElement(c) || (isText(c) && c.nodeValue.trim()));
  return elements.at(-1) === child;
}

function textOfParagraph(block: BlockJSON): string {
  return inlineText((block.content as InlineJSON[] | undefined) ?? []);
}
