// "By Jane Doe" / "By JOSH BOAK, Associated Press" right under the headline.
export function findByline(line: string): string | null {
  // Case-sensitive on the name: "By the numbers" is a subhead, not a byline.
  const match = /^(?:By|BY|by)\s+(\p{Lu}[^.!?]{1,120})$/u.exec(line.trim());
  if (!match) return null;
  return match[1]!.trim();
}

/**
 * A byline line as page templates write it: "By Jane Doe | Updated …",
 * "Submitted by Jane Doe on 3 March", "Posted on 3 March by Jane Doe".
 * Returns the byline, or null when the line is not one.
 */
export function bylineFromLine(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 200) return null;
  if (findByline(text.split(/\s*[|·•]\s*/)[0]!)) return normalizeByline(text) || null;
  const m = /^(?:[Ss]ubmitted|[Pp]osted|[Ww]ritten|[Pp]ublished|[Ff]iled)\b.{0,60}?\bby\s+(\p{Lu}[^|·•]{1,80}?)(?:\s+on\s+.+|\s*[|·•].*)?$/u.exec(text);
  return m ? normalizeByline(m[1]!) || null : null;
}

/** The byline field holds at most this many characters (shared/article/fields.ts). */
const MAX_BYLINE = 300;

/**
 * A byline as the field holds it: one line. Page templates spread one over
 * several ("By\n  Jane Doe\n  and John Roe\n | Updated 3 hours ago"): the
 * lines are joined, "By" and a trailing date or "Updated …" are cut.
 */
export function normalizeByline(raw: string): string {
  let line = raw.replace(/\s+/g, ' ').trim();
  line = line.replace(/^by[:\s]+/i, '');
  // "Jane Doe | Published 3 March 2026" / "Jane Doe · 5 min read"
  line = line.replace(/\s*(?:\||·|•)\s*(?:published|updated|posted|\d|[a-z]{3,9}\.? \d).*$/i, '');
  line = line.replace(/\s*(?:published|updated|posted)\b.*$/i, '').replace(/[,;|·•\s]+$/, '');
  return line.length > MAX_BYLINE ? line.slice(0, MAX_BYLINE).replace(/\s+\S*$/, '') : line;
}
