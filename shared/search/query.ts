// The desk's search language, parsed into an FTS5 MATCH expression. What a
// journalist types is never handed to FTS5 as syntax: every word and phrase
// goes through as a double-quoted string (FTS5's own escaping: a quote inside
// is doubled), and the only operators in the output are the ones written here.
// So no input can raise an FTS5 syntax error; anything that does not read as
// the language (an unclosed quote, a lone OR, a bare "-") is searched as plain
// words.
//
//   council budget     both words (all must match)
//   "seventh floor"    the exact phrase
//   -parking           leave out articles with this word
//   bridge OR tunnel   either word
//   counc              while typing, the last word also matches as a prefix
//
// Accents and case are the tokenizer's job (unicode61 remove_diacritics 2,
// migration 007), not this module's.
import { groupThousands } from '../limits';


export interface SearchTerm {
  /** The word or phrase as typed (without quotes or the leading "-"). */
  readonly text: string;
  readonly phrase: boolean;
  /** The last word of a query still being typed: matched as a prefix too. */
  readonly prefix: boolean;
}

export interface ParsedQuery {
  /** Groups that must all match; the terms of one group are alternatives (OR). */
  readonly all: readonly (readonly SearchTerm[])[];
  /** Terms that must not match. */
  readonly none: readonly SearchTerm[];
  /** The FTS5 MATCH expression for `all` (excluding `none`), or null when nothing must match. */
  readonly match: string | null;
  /** The FTS5 MATCH expression for `none` alone, or null when nothing is excluded. */
  readonly exclude: string | null;
}

/** Longest query text taken (the rest is ignored): the IPC bound is the same. */
export const MAX_QUERY_LENGTH = 500;
/** More terms than this are dropped: a pasted paragraph is not a search. */
export const MAX_TERMS = 32;
/**
 * A search with more matches than this is "broad" (the commonest words, a
 * short prefix): its results come in the list's order (newest first by
 * default) instead of best match first, because scoring every match is what
 * would cost (store/desk-page.ts). The UI and the CLI say so (BROAD_NOTICE).
 */
export const RANK_LIMIT = 5_000;
export const BROAD_NOTICE = `More than ${groupThousands(RANK_LIMIT)} matches — newest first`;

interface Token {
  text: string;
  phrase: boolean;
  negated: boolean;
  /** An unquoted OR between two terms. */
  or: boolean;
}

/** Any string parses; the result is always safe to pass to FTS5 MATCH as a bound parameter. */
export function parseQuery(input: string, options: { typing?: boolean } = {}): ParsedQuery {
  // A control character (NUL above all) would end FTS5's reading of a string early: it is a space here.
  const text = input.slice(0, MAX_QUERY_LENGTH).replace(/\p{Cc}/gu, ' ');
  const tokens = tokenize(text);
  const typing = options.typing ?? true;
  // The last word is a prefix only while it is being typed: not after a space, never in a phrase.
  const endsInWord = typing && /[\p{L}\p{N}]$/u.test(text);

  const all: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  let joinNext = false;
  let count = 0;
  tokens.forEach((token, i) => {
    if (token.or) {
      // An operator only between two terms that can take it; otherwise it is nothing at all.
      joinNext = all.length > 0 && !joinNext;
      return;
    }
    if (!hasWordCharacters(token.text) || count >= MAX_TERMS) {
      joinNext = false;
      return;
    }
    count++;
    const term: SearchTerm = { text: token.text, phrase: token.phrase, prefix: endsInWord && i === tokens.length - 1 && !token.phrase };
    if (token.negated) {
      none.push({ ...term, prefix: false });
      joinNext = false;
      return;
    }
    if (joinNext && all.length > 0) all[all.length - 1]!.push(term);
    else all.push([term]);
    joinNext = false;
  });
  return {
    all,
    none,
    match: all.length ? all.map(groupExpression).join(' AND ') : null,
    exclude: none.length ? none.map(quote).join(' OR ') : null,
  };
}

/** True when the query asks for anything at all (words to find or to leave out). */
export function isBlankQuery(query: ParsedQuery): boolean {
  return query.match === null && query.exclude === null;
}

/** One group of `all` as an FTS5 expression (its terms ORed): what must match somewhere for the group to hold. */
export function groupExpression(terms: readonly SearchTerm[]): string {
  return terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`;
}

/** A term as an FTS5 string: double-quoted, inner quotes doubled; `*` after it for a prefix. */
function quote(term: SearchTerm): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

// FTS5's unicode61 tokenizer makes tokens of letters, digits and private-use
// characters; a term with none of them would be an empty phrase.
function hasWordCharacters(text: string): boolean {
  return /[\p{L}\p{N}\p{Co}]/u.test(text);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    const negated = c === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!);
    const start = negated ? i + 1 : i;
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      if (close > start) {
        tokens.push({ text: text.slice(start + 1, close), phrase: true, negated, or: false });
        i = close + 1;
        continue;
      }
      // An unclosed quote: the rest is plain words.
      i = start + 1;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end++;
    const word = text.slice(start, end);
    tokens.push({ text: word, phrase: false, negated, or: !negated && word === 'OR' });
    i = end;
  }
  return tokens;
}
