// What of a page the article leaves out, so the review panel can say so and
// a wrong extraction is visible before Keep. The page's text is cut into
// chunks at block boundaries before extraction, each remembering the
// non-article part it sits in (a comment thread, a sidebar…); after
// extraction a chunk none of whose text nodes made it into the article is
// left out. Text nodes are compared by identity (Readability moves them, it
// does not copy them), so re-wrapped paragraphs still count as kept.
import type { DropReason } from '../../../../shared/import/analysis';
import { childrenOf, INVISIBLE, isElement, isText, type DomElement, type DomNode } from './dom';
import { BLOCK_TAGS } from './inline';
import { regionOf } from './regions';

export interface Chunk {
  text: string;
  nodes: DomNode[];
  /** The innermost part of the page the chunk sits in, or null in plain page body. */
  region: DomElement | null;
  reason: DropReason;
}

export interface LeftOutPart {
  reason: DropReason;
  /** One line per chunk, in page order. */
  lines: string[];
}

/** The page's text, chunk by chunk, walked without recursion. */
export function textChunks(root: DomNode): Chunk[] {
  const chunks: Chunk[] = [];
  let parts: string[] = [];
  let nodes: DomNode[] = [];
  const regions: { el: DomElement; reason: DropReason }[] = [];
  const flush = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      const region = regions.at(-1);
      chunks.push({ text, nodes, region: region?.el ?? null, reason: region?.reason ?? 'not-article' });
    }
    parts = [];
    nodes = [];
  };
  // Each entry is a node to enter, or (exit) an element being left.
  const stack: { node: DomNode; exit?: boolean }[] = childrenOf(root).reverse().map((node) => ({ node }));
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      if (isElement(node) && BLOCK_TAGS.has(node.localName)) flush();
      if (regions.at(-1)?.el === node) regions.pop();
      continue;
    }
    if (isText(node)) {
      parts.push(node.nodeValue);
      nodes.push(node);
      continue;
    }
    if (!isElement(node) || INVISIBLE.has(node.localName)) continue;
    if (BLOCK_TAGS.has(node.localName) || node.localName === 'br') flush();
    let reason = regionOf(node);
    // A <header> or <footer> inside a comment or a card is that comment's, not the page's chrome.
    const outer = regions.at(-1);
    if (reason && outer && /^(header|footer|nav)$/.test(node.localName)) reason = outer.reason;
    if (reason) regions.push({ el: node, reason });
    stack.push({ node, exit: true });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  flush();
  return chunks;
}

/** Every text node under `root`, the article as extracted. */
export function textNodesIn(root: DomNode): Set<DomNode> {
  const found = new Set<DomNode>();
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) found.add(node);
    else for (const child of childrenOf(node)) stack.push(child);
  }
  return found;
}

/**
 * The chunks left out of the article, grouped into the parts of the page they
 * came from: consecutive left-out chunks of the same kind are one part (a
 * comment thread with its heading and its replies, a column of sidebar
 * widgets). `recognized` are texts that became fields (headline, byline,
 * standfirst): not left out.
 */
export function leftOutParts(chunks: readonly Chunk[], kept: ReadonlySet<DomNode>, recognized: ReadonlySet<string>): LeftOutPart[] {
  const parts: LeftOutPart[] = [];
  let current: { part: LeftOutPart } | null = null;
  for (const chunk of chunks) {
    if (chunk.nodes.some((n) => kept.has(n)) || recognized.has(simplify(chunk.text))) {
      current = null;
      continue;
    }
    if (current && current.part.reason === chunk.reason) {
      current.part.lines.push(chunk.text);
      continue;
    }
    current = { part: { reason: chunk.reason, lines: [chunk.text] } };
    parts.push(current.part);
  }
  return parts;
}

/** Texts compared without case, punctuation or a leading "By". */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/^by\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
