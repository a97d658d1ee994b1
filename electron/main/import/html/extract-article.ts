// Which part of a web page is the article. Mozilla Readability (Firefox's
// Reader View) answers that; on top of it Copydesk removes what Readability
// keeps when a template puts it inside the article container (comment
// threads, related-story cards, newsletter boxes, share bars), and falls back
// to the page's declared articleBody when the visible page holds next to no
// article (pages that draw their text with script).
import { Readability } from '@mozilla/readability';
import { childrenOf, depthOf, elementsIn, INVISIBLE, isElement, isText, type DomDocument, type DomElement, type DomNode } from './dom';
import { NEVER_ARTICLE, regionOf } from './regions';

export interface Extracted {
  /** The article's container: Readability's, or the page body when it found none. */
  root: DomElement;
  /** How it was found, in a sentence for the review panel when it is not the usual way. */
  note: string | null;
  /** The byline Readability found in the page (it takes it out of the article), or ''. */
  byline: string;
}

/** Readability gives up below this many characters and returns the page as it is. */
const CHAR_THRESHOLD = 250;

/**
 * Readability's cleaning counts the elements under every <div>, so its cost
 * grows with the page's size times its depth. Real pages are a few dozen
 * levels deep; past this (after wrapper chains are collapsed) the page is not
 * given to it, and the walk below reads it with the same part rules.
 */
const MAX_READABILITY_DEPTH = 100;

export function extractArticle(document: DomDocument): Extracted {
  // Marked before Readability runs: it rebuilds many elements (a <div> becomes a new <p>) and their
  // class names go with them, but it moves text nodes, never copies them.
  const body = document.body ?? (document.documentElement as DomElement);
  const marked = nonArticleText(body);
  collapseWrapperChains(body);
  if (depthOf(body) > MAX_READABILITY_DEPTH) {
    removeNonArticleParts(body, marked);
    return { root: body, note: 'The page is nested too deeply to find its article, so all of its text except comments, sidebars and the like was imported: check what to keep.', byline: '' };
  }
  let article: { content: unknown; byline?: string | null } | null = null;
  try {
    article = new Readability(document as never, {
      charThreshold: CHAR_THRESHOLD,
      keepClasses: true,
      // The element itself, not HTML to parse again.
      serializer: (el: unknown) => el,
    }).parse();
  } catch {
    article = null; // A page Readability cannot read is imported whole, below.
  }
  const root = article && isElement(article.content as DomElement) ? (article.content as DomElement) : null;
  if (!root) {
    const note = 'No article was found in the page, so all of its text was imported: check what to keep.';
    return { root: document.body ?? (document.documentElement as DomElement), note, byline: '' };
  }
  removeNonArticleParts(root, marked);
  return { root, note: null, byline: article?.byline ?? '' };
}

/**
 * Comment threads, related cards, newsletter and share boxes inside the
 * extracted article. A part is removed only when it is a minority of the
 * article's text, so a template that names its whole story body "share-…"
 * cannot empty it.
 */
function removeNonArticleParts(root: DomElement, marked: ReadonlySet<DomNode>): void {
  const lengths = textLengths(root);
  const markedLengths = textLengths(root, marked);
  const links = linkTextLengths(root);
  const half = (lengths.get(root) ?? 0) / 2;
  const doomed: DomElement[] = [];
  const stack = childrenOf(root).filter(isElement).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    const length = lengths.get(el) ?? 0;
    const allMarked = length > 0 && markedLengths.get(el) === length;
    if (length < half && (allMarked || isNonArticle(el) || isLinkList(el, length, links.get(el)))) {
      doomed.push(el); // and nothing inside it needs looking at
      continue;
    }
    const children = childrenOf(el).filter(isElement);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  for (const el of doomed) el.remove();
}

function isNonArticle(el: DomElement): boolean {
  const region = regionOf(el);
  if (!region) return false;
  if (NEVER_ARTICLE.has(region)) return true;
  // A <header> or <footer> inside the article holds its headline, byline or a quote's source: the walk reads those.
  return (region === 'page-chrome' || region === 'sidebar') && el.localName !== 'header' && el.localName !== 'footer';
}

/**
 * A box of story links (a "Related", "More from" or "Read next" module with
 * no class that says so): at least two links, and most of its text is theirs.
 */
function isLinkList(el: DomElement, length: number, link: { chars: number; count: number } | undefined): boolean {
  if (length === 0 || /^(a|b|strong|i|em|u|small|cite|q|abbr|time|p|h[1-6]|li|blockquote)$/.test(el.localName)) return false;
  // Headed like one ("Related Stories", alone on its line): Readability may have unwrapped its links already.
  if (RELATED_LABEL.test(firstText(el))) return true;
  return !!link && link.count >= 2 && link.chars / length >= 0.5;
}

/** How story-link modules are headed: "Related Stories", "Read more", "You may also like"… */
const RELATED_LABEL =
  /^(related( stories| articles| coverage| content| reading| links)?|read (more|next)|more (from [\p{L} ]{1,30}|stories|on this( story)?|in [\p{L} ]{1,20})|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)|top stories|latest( news)?|trending( now)?|also read|further reading|other stories( this week)?|in other news)\s*:?$/iu;

/** The first words under an element: its first non-empty text node, looked for within a few steps. */
function firstText(el: DomElement): string {
  const stack: DomNode[] = childrenOf(el).reverse();
  for (let steps = 0; stack.length && steps < 50; steps++) {
    const node = stack.pop()!;
    if (isText(node)) {
      const text = node.nodeValue.trim();
      if (text) return text.slice(0, 60);
    } else if (isElement(node) && !INVISIBLE.has(node.localName)) stack.push(...childrenOf(node).reverse());
  }
  return '';
}

/** Characters of link text, and links, under each element: one pass down the tree, one back up. */
function linkTextLengths(root: DomElement): Map<DomNode, { chars: number; count: number }> {
  const out = new Map<DomNode, { chars: number; count: number }>();
  const order: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    if (isElement(node) && node.localName !== 'a' && !INVISIBLE.has(node.localName)) for (const child of childrenOf(node)) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const own = isElement(node) && node.localName === 'a' ? { chars: (node.textContent ?? '').trim().length, count: 1 } : { chars: 0, count: 0 };
    const mine = out.get(node) ?? { chars: 0, count: 0 };
    mine.chars += own.chars;
    mine.count += own.count;
    out.set(node, mine);
    const parent = node.parentNode;
    if (parent && node !== root) {
      const p = out.get(parent) ?? { chars: 0, count: 0 };
      p.chars += mine.chars;
      p.count += mine.count;
      out.set(parent, p);
    }
  }
  return out;
}

/**
 * <div><div><div>…<p> with nothing else at each level is one wrapper: the
 * chain is collapsed into its innermost <div>, which takes the class names
 * of the ones it replaces (they may say "comments" or "sidebar").
 */
function collapseWrapperChains(root: DomElement): void {
  const divs = [...elementsIn(root)].filter((el) => el.localName === 'div').reverse();
  for (const outer of divs) {
    let only: DomElement | null = null;
    let alone = true;
    for (let c = outer.firstChild; c && alone; c = c.nextSibling) {
      if (isElement(c)) {
        if (only) alone = false;
        else only = c;
      } else if (isText(c) && c.nodeValue.trim()) alone = false;
    }
    if (!alone || !only || only.localName !== 'div' || !outer.parentNode) continue;
    const classes = [outer.getAttribute('class'), only.getAttribute('class')].filter(Boolean).join(' ');
    if (classes) only.setAttribute('class', classes);
    const id = outer.getAttribute('id');
    if (id && !only.getAttribute('id')) only.setAttribute('id', id);
    outer.replaceWith(only);
  }
}

/**
 * Text nodes inside the page's non-article parts (comment threads, newsletter
 * boxes…), walked without recursion. A part holding half the page's text or
 * more is not a part but the story itself, whatever its class says (Substack
 * wraps its posts in "newsletter-post").
 */
function nonArticleText(root: DomElement): Set<DomNode> {
  const marked = new Set<DomNode>();
  const lengths = textLengths(root);
  const half = (lengths.get(root) ?? 0) / 2;
  const stack: { node: DomNode; inside: boolean }[] = [{ node: root, inside: false }];
  while (stack.length) {
    const { node, inside } = stack.pop()!;
    if (isText(node)) {
      if (inside) marked.add(node);
      continue;
    }
    const here = inside || (isElement(node) && isNonArticle(node) && (lengths.get(node) ?? 0) < half);
    for (const child of childrenOf(node)) stack.push({ node: child, inside: here });
  }
  return marked;
}

/** Characters of text under each element (only in `only` text nodes, when given), counted bottom-up in one pass. */
function textLengths(root: DomElement, only?: ReadonlySet<DomNode>): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const order: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    if (isElement(node) && INVISIBLE.has(node.localName)) continue;
    for (const child of childrenOf(node)) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const own = isText(node) && (!only || only.has(node)) ? node.nodeValue.trim().length : 0;
    lengths.set(node, (lengths.get(node) ?? 0) + own);
    const parent = node.parentNode;
    if (parent && node !== root) lengths.set(parent, (lengths.get(parent) ?? 0) + (lengths.get(node) ?? 0));
  }
  return lengths;
}
