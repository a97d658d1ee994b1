// How a long article's body is laid out in the full-text index (migration 015).
// FTS5 re-tokenizes a row whole on any change, so one row per article made a
// one-word save of a 5,000-paragraph body re-index ~80,000 words. A body of
// more than CHUNK_BLOCKS blocks is therefore split into rows of CHUNK_BLOCKS
// blocks, and a save rewrites only the rows whose text changed; a body of at
// most CHUNK_BLOCKS blocks (every everyday article) stays one row, as before.
//
// Search stays exact at article level (store/search-match.ts): each group of
// the query is matched over the article's rows and the groups intersected, so
// words in different chunks still find the article. For phrases, each row
// also holds the OVERLAP_WORDS words that follow its chunk: a phrase that runs
// over a chunk's end (a phrase may run from one block into the next, as in a
// single row) lies whole inside the row where it starts. Every word a row
// holds is the article's, in the article's order, so a row never matches what
// the article does not hold.
//
// Pure and deterministic from the stored plain text: the store, the migration
// and the check against a rebuild (store/search-check.ts) lay rows out alike.
import { PLAIN_TEXT_SEPARATOR } from '../article/body';
import { MAX_QUERY_LENGTH } from './query';

/** Blocks of plain text per index row of a long body. */
export const CHUNK_BLOCKS = 100;
/** Rows one article may take: the rowid layout (store/search-rows.ts) leaves room for this many. */
export const MAX_CHUNKS = 65_536;
/**
 * Words of the following text each row also holds. A phrase can be at most
 * this long plus one: a query is at most MAX_QUERY_LENGTH characters, and a
 * phrase of n words needs 2n - 1 of them inside its quotes.
 */
export const OVERLAP_WORDS = Math.ceil(MAX_QUERY_LENGTH / 2);

/**
 * The body texts of a long body's rows (chunk and overlap), or null when the
 * body is short enough for one row. `plainText` is the stored plain text
 * (blocks joined by PLAIN_TEXT_SEPARATOR).
 */
export function bodyChunks(plainText: string): string[] | null {
  const blocks = plainText.split(PLAIN_TEXT_SEPARATOR);
  if (blocks.length <= CHUNK_BLOCKS) return null;
  // More blocks per row only for a body beyond MAX_CHUNKS × CHUNK_BLOCKS blocks (millions): the layout's bound.
  const size = Math.max(CHUNK_BLOCKS, Math.ceil(blocks.length / MAX_CHUNKS));
  const rows: string[] = [];
  for (let from = 0; from < blocks.length; from += size) {
    const chunk = blocks.slice(from, from + size).join(PLAIN_TEXT_SEPARATOR);
    const overlap = wordsAfter(blocks, from + size, OVERLAP_WORDS);
    rows.push(overlap ? chunk + PLAIN_TEXT_SEPARATOR + overlap : chunk);
  }
  return rows;
}

// A run of non-space characters holding one of these is at least one token to
// FTS5's unicode61 tokenizer, whatever its Unicode tables' version: letters and
// digits of the main scripts, letters since Unicode 1.1. Runs of other
// characters are not counted, so the overlap is never shorter than
// OVERLAP_WORDS tokens (it only grows, up to the rest of the body). Spaces, as
// JavaScript's \s knows them, are separators to FTS5 too, so cutting there never
// splits a token.
const SURELY_A_TOKEN = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0391-\u03A9\u03B1-\u03C9\u0410-\u044F\u05D0-\u05EA\u0627-\u064A\u0905-\u0939\u0E01-\u0E2E\u3041-\u3094\u30A1-\u30FA\u4E00-\u9FA5\uAC00-\uD7A3]/;
const RUN = /\S+/g;

/** The text after block `from` up to the end of its `words`-th counted word (whole blocks joined, the last one cut); '' at the end. */
function wordsAfter(blocks: readonly string[], from: number, words: number): string {
  const taken: string[] = [];
  let left = words;
  for (let i = from; i < blocks.length && left > 0; i++) {
    const block = blocks[i]!;
    let end = -1;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(block); m; m = RUN.exec(block)) {
      if (SURELY_A_TOKEN.test(m[0]) && --left === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    taken.push(end < 0 ? block : block.slice(0, end));
  }
  return taken.join(PLAIN_TEXT_SEPARATOR);
}
