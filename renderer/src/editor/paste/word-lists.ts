// Word puts lists on the clipboard as paragraphs: each item a <p> with
// `mso-list:l0 level2 lfo1` in its style and the bullet or number written
// as text in a span marked `mso-list:Ignore` (inside <![if !supportLists]>).
// Runs of such paragraphs become real, nested lists: a deeper level opens a
// list inside the previous item (one step, however many levels Word skipped,
// so no item is left empty), a shallower one returns to that level's list.
// Whether a level is numbered comes from Word's own @list definitions, or,
// without them, from the marker. Numbered headings stay headings, without
// their "1.".
import { styleOf, wordListFormats } from './css-style';

interface WordList {
  id: string;
  level: number;
}

function listOf(el: Element): WordList | null {
  const value = styleOf(el).get('mso-list');
  if (!value || value === 'none') return null;
  const m = /^(l\d+)\s+level(\d+)/.exec(value);
  return m ? { id: m[1]!, level: Number(m[2]) } : null;
}

/** Takes out the marker Word wrote as text; returns it. */
function takeMarker(el: Element): string {
  let text = '';
  for (const span of Array.from(el.querySelectorAll('span'))) {
    if (styleOf(span).get('mso-list') !== 'ignore') continue;
    text += span.textContent ?? '';
    span.remove();
  }
  return text.replace(/\u00a0/g, ' ').trim();
}

export function convertWordLists(doc: Document, root: Element): void {
  const formats = wordListFormats(doc);
  const paragraphs = Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).filter((p) => listOf(p));
  // The open lists, outermost first; each with the Word level it holds.
  let open: { list: Element; level: number }[] = [];
  let previous: Element | null = null;
  for (const p of paragraphs) {
    const word = listOf(p)!;
    const marker = takeMarker(p);
    if (/^H[1-6]$/.test(p.tagName)) continue; // a numbered heading: the number goes, the heading stays
    const format = formats.get(`${word.id}:level${word.level}`);
    const ordered = format ? format !== 'bullet' && format !== 'image' : /^\(?[0-9a-zA-Z]{1,4}[.)]$/.test(marker);
    const adjacent = previous !== null && nextElement(previous) === p;
    if (!adjacent) open = [];
    while (open.length > 1 && open[open.length - 1]!.level > word.level) open.pop();
    let current = open[open.length - 1];
    if (current && word.level > current.level && current.list.lastElementChild) {
      // A deeper level: a new list inside the last item of the current one.
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      current.list.lastElementChild.appendChild(list);
      current = { list, level: word.level };
      open.push(current);
    } else if (!current || (current.list.tagName === 'OL') !== ordered) {
      // The first item, or the kind of list changed at this level: a new list beside the old one.
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (current && open.length > 1) current.list.parentElement!.appendChild(list);
      else p.parentNode!.insertBefore(list, p);
      current = { list, level: current?.level ?? word.level };
      open[Math.max(0, open.length - 1)] = current;
    }
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    // The paragraph's own style (bold or italic on the whole item) goes with its words.
    const style = p.getAttribute('style');
    if (style) para.setAttribute('style', style);
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    current.list.appendChild(li);
    p.remove();
    previous = open[0]!.list;
  }
}

function nextElement(el: Element): Element | null {
  let next = el.nextSibling;
  // Whitespace and the comments Word leaves between paragraphs do not break a list.
  while (next && ((next.nodeType === 3 && !(next.textContent ?? '').trim()) || next.nodeType === 8)) next = next.nextSibling;
  return next && next.nodeType === 1 ? (next as Element) : null;
}
