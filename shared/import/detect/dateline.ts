// A dateline opens the first paragraph of wire copy and press releases:
//   WASHINGTON (AP) — …            LONDON, March 3 (Reuters) - …
//   ST. PAUL, Minn. (AP) — …       BOSTON, Nov. 24, 2026 /PRNewswire/ — …
// The place is in capitals; that is what tells it from a sentence that starts
// with a name and a dash.

const PLACE = String.raw`[\p{Lu}][\p{Lu}.'’ -]*[\p{Lu}.]`;
const REGION = String.raw`(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?`;
const DATE = String.raw`(?:,\s*(?:[\p{Lu}][\p{Ll}]{2,8}\.?|\d{1,2})\s+\d{1,2}(?:,\s*\d{4})?)?`;
const SOURCE = String.raw`(?:\s*(?:\([^()]{1,30}\)|\/[^/]{1,30}\/))?`;
const DATELINE = new RegExp(String.raw`^(${PLACE}${REGION}${DATE}${SOURCE})\s*[\u2014\u2013-]\s+(?=\S)`, 'u');

export interface Dateline {
  /** What goes in the Dateline field, e.g. "WASHINGTON (AP)". */
  value: string;
  /** The characters cut from the start of the paragraph (dateline and dash). */
  prefixLength: number;
}

export function findDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const value = match[1]!.trim();
  // At least two capital letters in a row: "A — " or "I — " is not a place.
  if (!/\p{Lu}{2}/u.test(value)) return null;
  return { value, prefixLength: match[0].length };
}
