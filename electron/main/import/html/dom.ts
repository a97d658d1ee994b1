// The page as a DOM, for Readability and for the structure walk. Main has no
// browser: linkedom builds the DOM (bench/import.ts measured it 2–4× faster
// than happy-dom and jsdom with Readability giving the same text). Only the
// few DOM members used here are typed, so main's code never assumes a DOM
// global that is not there.
import { parseHTML } from 'linkedom';
import { groupThousands } from '../../../../shared/limits';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  nodeValue: string | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  /** Lower case for HTML elements. */
  readonly localName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
  replaceWith(node: DomNode): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export type DomText = DomNode & { nodeType: 3; nodeValue: string };

/**
 * Deeper than any page a person reads: browsers stop nesting at 512 levels.
 * The walk below recurses per level, so a hostile page nested hundreds of
 * thousands deep is refused here instead of overflowing the stack.
 */
export const MAX_DEPTH = 512;

/**
 * More elements than any article page holds (news pages have a few thousand,
 * the heaviest tens of thousands). The DOM costs a few kilobytes an element,
 * so this bounds an import's memory whatever the file's size (README, Import).
 */
export const MAX_ELEMENTS = 100_000;

/** Markup Copydesk will not parse; the message completes "Cannot import FILE: …". */
export class MarkupRefused extends Error {}

const TOO_DEEP = `it nests its markup more than ${MAX_DEPTH} levels deep, which no real page or document does`;
const TOO_MANY = `it holds more than ${groupThousands(MAX_ELEMENTS)} elements, far more than any article page`;

/** Parses a whole page or a fragment (html/head/body are supplied as a browser would) and checks its depth. */
export function parsePage(html: string): DomDocument {
  // A fragment without <html> comes out without a body in linkedom: give it one.
  // linkedom's parse slows down far faster than the nesting grows (32,000 levels took 10 s): a page
  // that is plainly too deep is refused from its text, before it is parsed.
  const tags = scanTags(html, MAX_DEPTH * 2, MAX_ELEMENTS);
  if (tags.tooDeep) throw new MarkupRefused(TOO_DEEP);
  if (tags.tooMany) throw new MarkupRefused(TOO_MANY);
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: DomDocument & { createElement(name: string): DomElement } };
  if (depthOf(document) > MAX_DEPTH) throw new MarkupRefused(TOO_DEEP);
  // linkedom keeps the case of createElement("DIV") in localName, where a browser lower-cases it in an HTML
  // document; Readability creates its elements in upper case, and every tag test here is on lower-case names.
  const createElement = document.createElement.bind(document);
  document.createElement = (name: string) => createElement(name.toLowerCase());
  return document;
}

// Elements that never nest: void ones, and those whose end tag may be left out (the parser closes them).
const NEVER_NESTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rp', 'rt',
  'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,100})(?:\s[^>]{0,4000})?(\/?)>/y;

/**
 * Whether the markup nests deeper than `maxDepth` or opens more than
 * `maxElements` elements, by counting its tags: one pass over the text,
 * skipping comments and the contents of scripts and styles. The depth is an
 * upper bound of the parsed depth for well-formed pages, close to it for the
 * rest.
 */
export function scanTags(html: string, maxDepth: number, maxElements: number): { tooDeep: boolean; tooMany: boolean } {
  const fine = { tooDeep: false, tooMany: false };
  let depth = 0;
  let elements = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) return fine;
      at = html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = m[2]!.toLowerCase();
    let next = TAG.lastIndex;
    if (!m[1] && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = next;
      const found = close.exec(html);
      if (!found) return fine;
      next = found.index;
    }
    if (!m[1] && ++elements > maxElements) return { tooDeep: false, tooMany: true };
    if (!RAW_TEXT.has(name) && !NEVER_NESTS.has(name) && !m[3]) {
      depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
      if (depth > maxDepth) return { tooDeep: true, tooMany: false };
    }
    at = html.indexOf('<', next);
  }
  return fine;
}

/** The deepest element nesting, walked without recursion. */
export function depthOf(root: DomNode): number {
  let max = 0;
  let depth = 0;
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      if (depth > max) max = depth;
      continue;
    }
    while (node && !node.nextSibling && node !== root) {
      node = node.parentNode;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return max;
}

export function isElement(node: DomNode | null | undefined): node is DomElement {
  return node?.nodeType === 1;
}

export function isText(node: DomNode | null | undefined): node is DomText {
  return node?.nodeType === 3;
}

export function childrenOf(node: DomNode): DomNode[] {
  if (isElement(node) && node.localName === 'template') return [];
  const out: DomNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function tagOf(node: DomNode): string {
  return isElement(node) ? node.localName : '';
}

export function attr(el: DomElement, name: string): string | null {
  return el.getAttribute(name);
}

export function hasClass(el: DomElement, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** Depth-first search for the first element matching, in document order. */
export function findElement(node: DomNode, test: (el: DomElement) => boolean): DomElement | null {
  for (const el of elementsIn(node)) if (test(el)) return el;
  return null;
}

/** Every element under `root`, in document order, without recursion (templates' contents are never entered). */
export function* elementsIn(root: DomNode): Generator<DomElement> {
  const stack: DomNode[] = childrenOf(root).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Text content with whitespace collapsed, skipping what never shows (script, style). */
export function textContent(node: DomNode): string {
  const parts: string[] = [];
  // The node itself is read even when invisible (a <title> is asked for by name).
  const stack: DomNode[] = childrenOf(node).reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.nodeValue);
    else if (isElement(n) && !INVISIBLE.has(n.localName)) {
      const children = childrenOf(n);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Never content: dropped silently with everything inside them. */
export const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select',
  'textarea', 'svg', 'math', 'canvas', 'video', 'audio', 'link', 'meta', 'head', 'dialog', 'title', 'base', 'source',
  'track', 'map', 'area', 'frame', 'frameset', 'applet', 'portal',
]);
