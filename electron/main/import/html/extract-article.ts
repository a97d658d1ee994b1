// Which part of a web page is the article. Mozilla Readability (Firefox's
// Reader View) answers that; on top of it Copydesk removes what Readability
// keeps when a template puts it inside the article container (comment
// threads, related-story cards, newsletter boxes, share bars), and falls back
// to the page's declared articleBody when the visible page holds next to no
// article (pages that draw their text with script).
import { Readability } from '@mozilla/readability';
import { childrenOf, INVISIBLE, isElement, isText, type DomDocument, type DomElement, type DomNode } from './dom';
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

export function extractArticle(document: DomDocument): Extracted {
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
  removeNonArticleParts(root);
  return { root, note: null, byline: article?.byline ?? '' };
}

/**
 * Comment threads, related cards, newsletter and share boxes inside the
 * extracted article. A part is removed only when it is a minority of the
 * article's text, so a template that names its whole story body "share-…"
 * cannot empty it.
 */
function removeNonArticleParts(root: DomElement): void {
  const lengths = textLengths(root);
  const half = (lengths.get(root) ?? 0) / 2;
  const doomed: DomElement[] = [];
  const stack = childrenOf(root).filter(isElement).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    const region = regionOf(el);
    if (region && NEVER_ARTICLE.has(region) && (lengths.get(el) ?? 0) < half) {
      doomed.push(el); // and nothing inside it needs looking at
      continue;
    }
    const children = childrenOf(el).filter(isElement);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  for (const el of doomed) el.remove();
}

/** Characters of text under each element, counted bottom-up in one pass. */
function textLengths(root: DomElement): Map<DomNode, number> {
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
    const own = isText(node) ? node.nodeValue.trim().length : 0;
    lengths.set(node, (lengths.get(node) ?? 0) + own);
    const parent = node.parentNode;
    if (parent && node !== root) lengths.set(parent, (lengths.get(parent) ?? 0) + (lengths.get(node) ?? 0));
  }
  return lengths;
}
