// Inline HTML → ProseMirror inline JSON: text with strong / em / link marks and
// hard breaks. Only marks the schema knows survive, links only with an allowed
// scheme, and no attribute of the source is ever copied (so no event handler,
// style or class can come through).
import { isAllowedHref } from '../../../../shared/article/links';
import { curlQuotes, dashes } from '../../../../shared/import/detect/typography';
import type { BlockJSON } from '../../../../shared/import/analysis';
import { attr, childrenOf, INVISIBLE, isElement, isText, type DomElement, type DomNode } from './dom';

export type InlineJSON = { type: 'text'; text: string; marks?: MarkJSON[] } | { type: 'hard_break' };
type MarkJSON = { type: 'strong' } | { type: 'em' } | { type: 'link'; attrs: { href: string } };

const STRONG = new Set(['strong', 'b']);
const EM = new Set(['em', 'i', 'cite', 'dfn']);

/** Elements that start a block of their own rather than continue a line. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'figure', 'figcaption', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'pre', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'img', 'picture', 'address', 'details', 'summary', 'center', 'body', 'html',
]);

export class InlineCollector {
  readonly items: InlineJSON[] = [];
  private lastChar = '';

  add(node: DomNode, marks: MarkJSON[] = []): void {
    if (isText(node)) return this.text(node.nodeValue, marks);
    if (!isElement(node) || INVISIBLE.has(node.localName)) return;
    if (node.localName === 'br') {
      this.items.push({ type: 'hard_break' });
      this.lastChar = ' ';
      return;
    }
    if (node.localName === 'img') return;
    const inner = withMark(node, marks);
    for (const child of childrenOf(node)) this.add(child, inner);
  }

  private text(raw: string, marks: MarkJSON[]): void {
    let text = raw.replace(/\s+/g, ' ');
    // Collapse spaces across element boundaries, as a browser renders them.
    if (this.lastChar === ' ' || this.lastChar === '') text = text.replace(/^ /, '');
    if (!text) return;
    text = curlQuotes(dashes(text), this.lastChar);
    this.lastChar = text.at(-1)!;
    this.items.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }

  /** The collected content with trailing spaces and breaks trimmed. */
  finish(): InlineJSON[] {
    const items = [...this.items];
    while (items.length) {
      const last = items.at(-1)!;
      if (last.type === 'hard_break') {
        items.pop();
        continue;
      }
      const trimmed = last.text.replace(/\s+$/, '');
      if (trimmed) items[items.length - 1] = { ...last, text: trimmed };
      else {
        items.pop();
        continue;
      }
      break;
    }
    while (items[0]?.type === 'hard_break') items.shift();
    return items;
  }

  /**
   * Ends the current run of inline content: appends it to `blocks` as a
   * paragraph (when anything is left after trimming) and starts a new run.
   * Used where block elements interrupt loose inline content (quotes, list items).
   */
  flushParagraphInto(blocks: BlockJSON[]): void {
    const items = this.finish();
    if (items.length) blocks.push({ type: 'paragraph', content: items });
    this.items.length = 0;
  }
}

function withMark(el: DomElement, marks: MarkJSON[]): MarkJSON[] {
  const has = (type: string) => marks.some((m) => m.type === type);
  if (STRONG.has(el.localName) && !has('strong')) return [...marks, { type: 'strong' }];
  if (EM.has(el.localName) && !has('em')) return [...marks, { type: 'em' }];
  if (el.localName === 'a' && !has('link')) {
    const href = (attr(el, 'href') ?? '').trim();
    if (isAllowedHref(href)) return [...marks, { type: 'link', attrs: { href } }];
  }
  return marks;
}

export function inlineText(items: InlineJSON[]): string {
  return items.map((i) => (i.type === 'text' ? i.text : '\n')).join('');
}

/** The inline content of one element, trimmed. */
export function collectInline(el: DomElement): InlineJSON[] {
  const inline = new InlineCollector();
  for (const child of childrenOf(el)) inline.add(child);
  return inline.finish();
}
