// A headline is one line, and a short one: a first "line" of several hundred
// characters is a paragraph pasted without line breaks, and stays copy (the
// article's headline field would refuse it anyway).
export const MAX_HEADLINE = 300;

export function headlineFrom(text: string): string | null {
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line && line.length <= MAX_HEADLINE ? line : null;
}

// " | ", " - ", " — ", " :: ", " · ": how page titles join a headline to the site's name.
const SEPARATOR = /\s+(?:\||-|–|—|::|·|•|»)\s+/;

const simplify = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A page's title or declared headline without the site's name: "Dam
 * approved - The Valley Times" → "Dam approved". A segment is cut when it is
 * one of the site names the page declares; with none declared, a last
 * segment of at most three words after " | " (or after a dash, when at
 * least four words stand before it) is taken for the site.
 */
export function cleanHeadline(title: string, siteNames: readonly string[] = []): string {
  const line = title.replace(/\s+/g, ' ').trim();
  const parts = line.split(SEPARATOR);
  if (parts.length < 2) return line;
  const sites = new Set(siteNames.map(simplify).filter(Boolean));
  const isSite = (part: string) => sites.has(simplify(part));
  let kept = parts;
  while (kept.length > 1 && isSite(kept.at(-1)!)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0]!)) kept = kept.slice(1);
  if (kept.length < parts.length) return rejoin(line, kept);
  const last = parts.at(-1)!;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const pipe = / \| [^|]*$/.test(line);
  const before = line.slice(0, line.length - last.length).replace(SEPARATOR, '').trim();
  if (words(last) <= 3 && (pipe || words(before) >= 4)) return line.slice(0, line.lastIndexOf(last)).replace(/\s+(?:\||-|–|—|::|·|•|»)\s*$/, '').trim();
  // "The Weekly Clarion :: County fair returns…": a short name before "::", "|" or "»" is the site's.
  const prefix = /^(.{1,40}?)\s+(?:\||::|»)\s+(.+)$/.exec(line);
  if (prefix && words(prefix[1]!) <= 3 && words(prefix[2]!) >= 4) return prefix[2]!.trim();
  return line;
}

/** The kept segments as they were written (separators included), so "Q&A - part 2" keeps its own dash. */
function rejoin(line: string, kept: string[]): string {
  const start = line.indexOf(kept[0]!);
  const last = kept.at(-1)!;
  const end = line.indexOf(last, start) + last.length;
  return line.slice(start, end).trim();
}
