// <ul>/<ol> → bullet_list/ordered_list. A list item must open with a paragraph
// (the schema says so), so one that starts with a nested list gets an empty one.
import type { BlockJSON } from '../../../../shared/import/analysis';
import { attr, childrenOf, isElement, type DomElement } from './dom';
import { collectInline, InlineCollector } from './inline';

export function listNode(el: DomElement): BlockJSON {
  const items: BlockJSON[] = [];
  for (const child of childrenOf(el)) {
    if (!isElement(child) || child.localName !== 'li') continue;
    const content: BlockJSON[] = [];
    const inline = new InlineCollector();
    const flush = () => inline.flushParagraphInto(content);
    for (const part of childrenOf(child)) {
      if (isElement(part) && (part.localName === 'ul' || part.localName === 'ol')) {
        flush();
        content.push(listNode(part));
      } else if (isElement(part) && part.localName === 'p') {
        flush();
        const run = collectInline(part);
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
  if (el.localName === 'ol') {
    const start = Number(attr(el, 'start') ?? 1);
    return { type: 'ordered_list', attrs: { order: Number.isInteger(start) && start > 0 ? start : 1 }, content: items };
  }
  return { type: 'bullet_list', content: items };
}
