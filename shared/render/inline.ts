// Inline content (text, marks, hard breaks) → HTML. Marks are opened and closed
// like ProseMirror's DOMSerializer does, so "a **b _c_** d" nests properly and
// adjacent text with the same link stays inside one <a>.
import type { Mark, Node } from 'prosemirror-model';
import { isAllowedHref } from '../article/links';
import { isNoteText } from '../article/notes';
import { element } from './allowlist';
import { encodeUrlForAttr, escapeText } from './escape';

function openMark(mark: Mark): { open: string; close: string } {
  switch (mark.type.name) {
    case 'strong':
      return { open: '<strong>', close: '</strong>' };
    case 'em':
      return { open: '<em>', close: '</em>' };
    case 'link': {
      const href = String(mark.attrs.href);
      // The schema already refuses other schemes; check again at the output edge.
      if (!isAllowedHref(href)) return { open: '', close: '' };
      const tag = element('a', { href: encodeUrlForAttr(href), rel: 'noopener noreferrer' });
      return { open: tag.slice(0, -'</a>'.length), close: '</a>' };
    }
    default:
      return { open: '', close: '' };
  }
}

export function renderInline(parent: Node): string {
  let out = '';
  const open: { mark: Mark; close: string }[] = [];
  parent.forEach((child) => {
    // Editorial notes are the desk's, never the reader's (shared/article/notes.ts).
    if (isNoteText(child)) return;
    const marks = child.marks;
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.mark.eq(marks[keep]!)) keep++;
    while (open.length > keep) out += open.pop()!.close;
    for (const mark of marks.slice(keep)) {
      const { open: start, close } = openMark(mark);
      out += start;
      open.push({ mark, close });
    }
    if (child.isText) out += escapeText(child.text ?? '');
    else if (child.type.name === 'hard_break') out += element('br');
  });
  while (open.length) out += open.pop()!.close;
  return out;
}
