// The few parse5 tree helpers the HTML importer needs.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type DomNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
export type DomElement = DefaultTreeAdapterMap['element'];
export type DomText = DefaultTreeAdapterMap['textNode'];

/** Parses a whole page (or a fragment: parse5 supplies html/head/body as a browser would). */
export function parseHtml(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

export function isElement(node: unknown): node is DomElement {
  return typeof node === 'object' && node !== null && 'tagName' in node;
}

export function isText(node: unknown): node is DomText {
  return typeof node === 'object' && node !== null && (node as { nodeName?: string }).nodeName === '#text';
}

export function childrenOf(node: DomNode | DomElement): DomNode[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? (node.childNodes as DomNode[]) : [];
}

export function attr(el: DomElement, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

export function hasClass(el: DomElement, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** Depth-first search for the first element matching. */
export function findElement(node: DomNode | DomElement, test: (el: DomElement) => boolean): DomElement | null {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

/** Text content with whitespace collapsed, skipping what never shows (script, style). */
export function textContent(node: DomNode | DomElement): string {
  const parts: string[] = [];
  const walk = (n: DomNode | DomElement) => {
    if (isText(n)) parts.push(n.value);
    else if (isElement(n) && !INVISIBLE.has(n.tagName)) childrenOf(n).forEach(walk);
  };
  // The node itself is read even when invisible (a <title> is asked for by name).
  childrenOf(node).forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Never content: dropped silently with everything inside them. */
export const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select',
  'textarea', 'svg', 'math', 'canvas', 'video', 'audio', 'link', 'meta', 'head', 'dialog', 'title', 'base', 'source',
  'track', 'map', 'area', 'frame', 'frameset', 'applet', 'portal',
]);
