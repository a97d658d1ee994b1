// A search result's snippet as structured data: the text and where the
// matched words are in it. The renderer wraps those ranges in <mark> by
// building elements, never by parsing HTML, so nothing in an article's text
// can become markup.
import { z } from 'zod';

/** Around each match FTS5's snippet() puts these; stored text can never hold them (shared/limits.ts refuses C0 controls). */
export const MATCH_OPEN = '\u0002';
export const MATCH_CLOSE = '\u0003';
export const ELLIPSIS = '…';

export const Snippet = z
  .object({
    text: z.string().max(2000),
    /** [start, end) offsets into text, in order, not overlapping. */
    highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(200),
  })
  .strict();
export type Snippet = z.infer<typeof Snippet>;

/** snippet() output with markers → text and ranges (a stray marker is dropped). */
export function snippetFromMarked(marked: string): Snippet {
  let text = '';
  const highlights: [number, number][] = [];
  let open: number | null = null;
  for (const c of marked) {
    if (c === MATCH_OPEN) open ??= text.length;
    else if (c === MATCH_CLOSE) {
      if (open !== null && text.length > open) highlights.push([open, text.length]);
      open = null;
    } else text += c;
  }
  if (open !== null && text.length > open) highlights.push([open, text.length]);
  return { text: text.replace(/\s+/g, ' '), highlights: adjustForCollapsedSpace(marked, highlights) };
}

// Whitespace runs (paragraph breaks) collapse to one space in the snippet; move the offsets with them.
function adjustForCollapsedSpace(marked: string, highlights: [number, number][]): [number, number][] {
  const plain = [...marked].filter((c) => c !== MATCH_OPEN && c !== MATCH_CLOSE).join('');
  const map: number[] = [];
  let out = 0;
  let inSpace = false;
  for (let i = 0; i < plain.length; i++) {
    map.push(out);
    const space = /\s/.test(plain[i]!);
    if (!(space && inSpace)) out++;
    inSpace = space;
  }
  map.push(out);
  return highlights.map(([s, e]) => [map[s]!, map[e]!] as [number, number]).filter(([s, e]) => e > s);
}
