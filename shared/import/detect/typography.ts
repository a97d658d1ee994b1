// House typography for imported text: curly quotes, em dashes, single spaces.
// Runs before any detector, so the detectors only ever see curly quotes.

// After these a straight quote opens; anywhere else it closes.
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018/-]/;

export function smartenTypography(line: string): string {
  const spaced = line.replace(/[ \t]+/g, ' ').trim();
  // "--" and "---" are typewriter em dashes; "-30-" and "###" end marks are left alone.
  const dashed = spaced.replace(/-{2,3}/g, '\u2014');
  let out = '';
  for (let i = 0; i < dashed.length; i++) {
    const ch = dashed[i]!;
    const before = i === 0 ? '' : dashed[i - 1]!;
    const opens = before === '' || OPENS_AFTER.test(before);
    if (ch === '"') {
      out += opens ? '\u201c' : '\u201d';
    } else if (ch === "'") {
      // '90s, 'em: an apostrophe standing for missing letters, not an opening quote.
      const elides = /^'(\d\d|em\b|til\b|n\b)/i.test(dashed.slice(i));
      out += opens && !elides ? '\u2018' : '\u2019';
    } else {
      out += ch;
    }
  }
  return out;
}
