// House typography for imported text: curly quotes, em dashes, single spaces.
// Runs before any detector, so the detectors only ever see curly quotes.

// After these a straight quote opens; anywhere else it closes.
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018/-]/;
// '90s, 'em: an apostrophe standing for missing letters, not an opening quote.
// Sticky, so it is tried at the apostrophe only (a slice per apostrophe made long lines quadratic).
const ELIDES = /'(\d\d|em\b|til\b|n\b)/iy;

export function smartenTypography(line: string): string {
  return curlQuotes(dashes(line.replace(/[ \t]+/g, ' ').trim()), '');
}

/** "--" and "---" are typewriter em dashes; "-30-" and "###" end marks are left alone. */
export function dashes(text: string): string {
  return text.replace(/-{2,3}/g, '\u2014');
}

/** Straight quotes to curly ones; `before` is the character preceding the text (markup splits sentences into runs). */
export function curlQuotes(text: string, before: string): string {
  return text.replace(/["']/g, (ch, i: number) => {
    const prev = i === 0 ? before : text[i - 1]!;
    const opens = prev === '' || OPENS_AFTER.test(prev);
    if (ch === '"') return opens ? '\u201c' : '\u201d';
    ELIDES.lastIndex = i;
    return opens && !ELIDES.test(text) ? '\u2018' : '\u2019';
  });
}
