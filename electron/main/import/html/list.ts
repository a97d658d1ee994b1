// <ul>/<ol> → bullet_list/ordered_list. A list item must open with a paragraph
// (the schema says so). Word skips list levels (a level-1 item straight under
// a level-3 one): mammoth then writes an item holding nothing but the deeper
// list. Such an item is not kept empty: its list's items join this list, and
// a list made only of such items is the deeper list itself.
import type { BlockJSON } from '../../../../shared/import/analysis';
import { attr, childrenOf, isElement, type DomElement } from './dom';
import { collectInline, InlineCollector } from './inline';

/** The list, or null when it has no item with any text in it. */
export function listNode(el: DomElement): BlockJSON | null {
  const items: BlockJSON[] = [];
  let lifted: BlockJSON | null = null;
  let own = 0;
  for (const child of childrenOf(el)) {
    if (!isElement(child) || child.localName !== 'li') continue;
    const content: BlockJSON[] = [];
    const inline = new InlineCollector();
    const flush = () => inline.flushParagraphInto(content);
    for (const part of childrenOf(child)) {
      if (isElement(part) && (part.localName === 'ul' || part.localName === 'ol')) {
        flush();
        const nested = listNode(part);
        if (nested) content.push(nested);
      } else if (isElement(part) && part.localName === 'p') {
        flush();
        const run = collectInline(part);
        if (run.length) content.push({ type: 'paragraph', content: run });
      } else {
        inline.add(part);
      }
    }
    flush();
    if (content.length && content.every((b) => b.type === 'bullet_list' || b.type === 'ordered_list')) {
      // A skipped level: the deeper items belong to this list.
      for (const nested of content) items.push(...((nested.content as BlockJSON[]) ?? []));
      lifted ??= content[0]!;
      continue;
    }
    if (!content.length) continue; // an empty item is no item
    own++;
    // A list item must start with a paragraph.
    if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    items.push({ type: 'list_item', content });
  }
  if (!items.length) return null;
  if (own === 0 && lifted) return { ...lifted, content: items };
  if (el.localName === 'ol') {
    const start = Number(attr(el, 'start') ?? 1);
    return { type: 'ordered_list', attrs: { order: Number.isInteger(start) && start > 0 ? start : 1 }, content: items };
  }
  return { type: 'bullet_list', content: items };
}
