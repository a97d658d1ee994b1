// A search result's snippet, found in the article's text by the parsed query:
// the first place a term matches (body first, then the other columns), a
// window of words around it, and every match inside the window highlighted.
// Done here rather than by FTS5's snippet(), which re-runs the query and
// tokenizes every column of each row (~2 ms a row: 100 ms a page).
// Words are compared folded (case and accents), as the index compares them.
import { foldForSearch } from '../article/headline-search';
import type { ParsedQuery } from './query';
import type { Snippet } from './snippet';

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
/** Words of context shown around the first match. */
export const SNIPPET_WORDS = 24;
const BEFORE = 5;

interface Token {
  start: number;
  end: number;
  raw: string;
  /** Folded on first need: most tokens are ruled out by their first letter. */
  folded?: string;
}

// Folding is the costly part: plain ASCII words only need lower case.
const fold = (word: string) => (/^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : foldForSearch(word));

function* tokens(text: string): Generator<Token> {
  for (const m of text.matchAll(WORD)) yield { start: m.index, end: m.index + m[0].length, raw: m[0] };
}

/** Each positive term as folded words, the last a prefix when the term is. */
function patterns(query: ParsedQuery): { words: string[]; prefix: boolean }[] {
  return query.all.flat().map((t) => ({ words: [...t.text.matchAll(WORD)].map((m) => fold(m[0])), prefix: t.prefix })).filter((p) => p.words.length > 0);
}

// A plain-ASCII text that does not hold any term's first word as a substring holds no match: skip it unread.
const ASCII = /^[\x00-\x7f]*$/;
function cannotMatch(text: string, pats: { words: string[] }[]): boolean {
  if (!ASCII.test(text) || !pats.every((p) => ASCII.test(p.words[0]!))) return false;
  const lower = text.toLowerCase();
  return pats.every((p) => !lower.includes(p.words[0]!));
}

function wordMatches(token: Token, word: string, prefix: boolean): boolean {
  const c = token.raw.charCodeAt(0);
  // An ASCII first letter that differs from the word's (case aside) cannot fold to it.
  if (c < 0x80 && word.charCodeAt(0) < 0x80 && (c | 0x20) !== (word.charCodeAt(0) | 0x20)) return false;
  const folded = (token.folded ??= fold(token.raw));
  return prefix ? folded.startsWith(word) : folded === word;
}

function matchAt(toks: Token[], i: number, pats: { words: string[]; prefix: boolean }[]): number {
  for (const { words, prefix } of pats) {
    if (i + words.length > toks.length) continue;
    if (words.every((w, k) => wordMatches(toks[i + k]!, w, prefix && k === words.length - 1))) return words.length;
  }
  return 0;
}

/**
 * The snippet for the first of these texts that holds a match (or the start
 * of the first text with words). Reads a text only as far as the window
 * after its first match: the cost is the words before it, not the article.
 */
export function snippetFor(texts: readonly string[], query: ParsedQuery): Snippet {
  const pats = patterns(query);
  const longest = Math.max(1, ...pats.map((p) => p.words.length));
  for (const text of texts) {
    if (cannotMatch(text, pats)) continue;
    const toks: Token[] = [];
    let first = -1;
    for (const token of tokens(text)) {
      toks.push(token);
      // A phrase is known once its last word has been read.
      const i = toks.length - longest;
      if (first < 0) {
        for (let j = Math.max(0, i); j < toks.length && first < 0; j++) if (matchAt(toks, j, pats)) first = j;
      }
      if (first >= 0 && toks.length >= first + SNIPPET_WORDS + longest) break;
    }
    if (first < 0) {
      for (let j = Math.max(0, toks.length - longest); j < toks.length && first < 0; j++) if (matchAt(toks, j, pats)) first = j;
    }
    if (first < 0) continue;
    const from = Math.max(0, first - BEFORE);
    const to = Math.min(toks.length, from + SNIPPET_WORDS);
    const found: [number, number][] = [];
    for (let j = from; j < to; ) {
      const n = matchAt(toks, j, pats);
      if (n && j + n <= to) {
        found.push([j, j + n]);
        j += n;
      } else j++;
    }
    return window(text, toks, from, to, found, toks.length > to || text.length > toks[toks.length - 1]!.end + 1);
  }
  const text = texts.find((t) => WORD.test(t)) ?? '';
  WORD.lastIndex = 0;
  const toks: Token[] = [];
  for (const token of tokens(text)) if (toks.push(token) > SNIPPET_WORDS) break;
  return window(text, toks, 0, Math.min(toks.length, SNIPPET_WORDS), [], toks.length > SNIPPET_WORDS);
}

function window(text: string, toks: Token[], from: number, to: number, found: [number, number][], more: boolean): Snippet {
  if (toks.length === 0) return { text: '', highlights: [] };
  const start = from === 0 ? 0 : toks[from]!.start;
  const end = !more && to >= toks.length ? text.length : toks[to - 1]!.end;
  const lead = from === 0 ? '' : '…';
  const raw = text.slice(start, end);
  // Paragraph breaks and runs of space become one space; offsets follow.
  let out = lead;
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    map.push(out.length);
    const space = /\s/.test(raw[i]!);
    if (!(space && inSpace)) out += space ? ' ' : raw[i]!;
    inSpace = space;
  }
  map.push(out.length);
  if (more) out += '…';
  const at = (offset: number) => map[offset - start]!;
  return { text: out, highlights: found.map(([s, e]) => [at(toks[s]!.start), at(toks[e - 1]!.end)] as [number, number]) };
}
