// House typography for imported text: curly quotes, em dashes, single spaces.
// Runs before any detector, so the detectors only ever see curly quotes.

// After these a straight quote opens; anywhere else it closes.
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018/-]/;

export function smartenTypography(line: string): string {
  return curlQuotes(dashes(line.replace(/[ \t]+/g, ' ').trim()), '');
}

/** "--" and "---" are typewriter em dashes; "-30-" and "###" end marks are left alone. */
export function dashes(text: string): string {
  return text.replace(/-{2,3}/g, '\u2014');
}

/** Straight quotes to curly ones; `before` is the character preceding the text (markup splits sentences into runs). */
export function curlQuotes(text: string, before: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = i === 0 ? before : text[i - 1]!;
    const opens = prev === '' || OPENS_AFTER.test(prev);
    if (ch === '"') {
      out += opens ? '\u201c' : '\u201d';
    } else if (ch === "'") {
      // '90s, 'em: an apostrophe standing for missing letters, not an opening quote.
      const elides = /^'(\d\d|em\b|til\b|n\b)/i.test(text.slice(i));
      out += opens && !elides ? '\u2018' : '\u2019';
    } else {
      out += ch;
    }
  }
  return out;
}
