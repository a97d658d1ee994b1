// Lists as Google Docs and LibreOffice put them on the clipboard: a nested
// list written as a sibling of the items (<ol><li>A</li><ol><li>B</li></ol>),
// which a parser turns into an empty item; items holding nothing but a
// deeper list (a skipped level); and a list whose tag disagrees with its
// items' list-style-type. Each becomes a list nested in the item it follows,
// with no empty items, numbered when its items are.
import { styleOf } from './css-style';

const NUMBERED = /^(decimal|decimal-leading-zero|lower-alpha|upper-alpha|lower-latin|upper-latin|lower-roman|upper-roman|lower-greek)$/;
const BULLETED = /^(disc|circle|square)$/;

const isList = (n: Node | null): n is Element => !!n && n.nodeType === 1 && ((n as Element).tagName === 'UL' || (n as Element).tagName === 'OL');

export function fixLists(doc: Document, root: Element): void {
  // Innermost first, so a list moved into an item is already in order.
  const lists = Array.from(root.querySelectorAll('ul, ol')).reverse();
  for (const list of lists) {
    for (const child of Array.from(list.children)) {
      if (!isList(child)) continue;
      const before = child.previousElementSibling;
      if (before?.tagName === 'LI') before.appendChild(child);
      else liftItems(child);
    }
  }
  // An item with no words of its own, only a deeper list: its items belong to the item before it.
  for (const li of Array.from(root.querySelectorAll('li')).reverse()) {
    if (!li.isConnected || ownText(li)) continue;
    const nested = Array.from(li.children).filter(isList);
    if (!nested.length || nested.length !== li.children.length) continue;
    const before = li.previousElementSibling;
    if (before?.tagName === 'LI') nested.forEach((n) => before.appendChild(n));
    else nested.forEach(liftItems);
    li.remove();
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) matchItemKind(doc, list);
}

/** Puts a list's items where the list stands (there is no item to nest it in). */
function liftItems(list: Element): void {
  const parent = list.parentNode!;
  while (list.firstChild) parent.insertBefore(list.firstChild, list);
  list.remove();
}

/** Text of an item outside its nested lists. */
function ownText(li: Element): string {
  let text = '';
  for (const child of Array.from(li.childNodes)) if (!isList(child)) text += child.textContent ?? '';
  return text.trim();
}

function matchItemKind(doc: Document, list: Element): void {
  const first = Array.from(list.children).find((c) => c.tagName === 'LI');
  const type = first ? (styleOf(first).get('list-style-type') ?? '') : '';
  const wanted = NUMBERED.test(type) ? 'OL' : BULLETED.test(type) ? 'UL' : list.tagName;
  if (wanted === list.tagName) return;
  const replacement = doc.createElement(wanted.toLowerCase());
  while (list.firstChild) replacement.appendChild(list.firstChild);
  list.replaceWith(replacement);
}
