// Edits to the inline content of a paragraph block that keep its marks
// (links, emphasis): cutting a prefix or a suffix of characters.
import type { BlockJSON } from '../analysis';

interface TextJSON {
  type: 'text';
  text: string;
  marks?: unknown[];
}

function inlineOf(block: BlockJSON): unknown[] {
  return Array.isArray(block.content) ? (block.content as unknown[]) : [];
}

/** Removes `count` characters from the start of the block's text (atoms such as hard breaks count as one). */
export function cutStart(block: BlockJSON, count: number): BlockJSON {
  let left = count;
  const out: unknown[] = [];
  for (const child of inlineOf(block)) {
    if (left <= 0) {
      out.push(child);
      continue;
    }
    const text = (child as Partial<TextJSON>).text;
    if (typeof text !== 'string') {
      left -= 1;
      continue;
    }
    if (text.length <= left) {
      left -= text.length;
      continue;
    }
    out.push({ ...(child as TextJSON), text: text.slice(left) });
    left = 0;
  }
  return withContent(block, trimEdges(out));
}

/** Removes `count` characters from the end of the block's text. */
export function cutEnd(block: BlockJSON, count: number): BlockJSON {
  const reversed = cutStart(withContent(block, reverseInline(inlineOf(block))), count);
  return withContent(block, reverseInline(inlineOf(reversed)));
}

function reverseInline(items: unknown[]): unknown[] {
  return [...items].reverse().map((child) => {
    const text = (child as Partial<TextJSON>).text;
    return typeof text === 'string' ? { ...(child as TextJSON), text: [...text].reverse().join('') } : child;
  });
}

function trimEdges(items: unknown[]): unknown[] {
  const out = [...items];
  const first = out[0] as Partial<TextJSON> | undefined;
  if (typeof first?.text === 'string') {
    const text = first.text.trimStart();
    if (text) out[0] = { ...(first as TextJSON), text };
    else out.shift();
  }
  return out;
}

function withContent(block: BlockJSON, content: unknown[]): BlockJSON {
  const { content: _old, ...rest } = block;
  return content.length ? { ...rest, content } : rest;
}
