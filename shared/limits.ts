// How much an article may hold, and which characters it may not: one home for
// every size limit and the character rule, imported by the schema (IPC, CLI),
// the store, the importers and paste. Each limit is far beyond any real
// article — a 100,000-word book fits — so only broken or hostile input meets
// one, and then the refusal names the limit (README, "Limits").
export const LIMITS = {
  /** Single-line fields and the standfirst, in characters. */
  headline: 500,
  standfirst: 2_000,
  byline: 300,
  dateline: 200,
  section: 100,
  tag: 100,
  tags: 100,
  /** A Save Version name (History), in characters. */
  versionName: 200,
  /** One text node (a paragraph's run of text with the same marks), in characters. */
  textChars: 200_000,
  /** All the text of a body, attributes included, in characters. */
  bodyChars: 5_000_000,
  /** Nodes in a body (paragraphs, text runs, list items, photos…). */
  bodyNodes: 200_000,
  /** Levels of nesting in a body: the document is 1, a paragraph in it 2, a list inside a list item inside a list 4. */
  bodyDepth: 32,
  /** Photo attributes, in characters. */
  alt: 2_000,
  caption: 10_000,
  photographer: 300,
  agency: 300,
  /** A link's address, in characters. */
  href: 8_000,
  /** Publication settings. */
  publicationName: 120,
  defaultByline: 300,
  siteUrl: 500,
} as const;

/**
 * Characters no article field may hold: the C0 controls other than tab, line
 * feed and carriage return (XML 1.0 — and so HTML export, NITF, .docx —
 * cannot carry them, and NUL ends a C string), U+FFFE and U+FFFF
 * (non-characters), and halves of a surrogate pair standing alone (not valid
 * UTF-8, so SQLite would store them mangled). The same rule everywhere: the
 * schema refuses them; importers and paste remove them before building a body.
 */
// With the u flag a surrogate range matches only a half standing alone: a pair is one code point.
export const UNSTORABLE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE_CHARS.source, 'gu');
// The same class without the u flag matches every surrogate, paired or not: a
// cheaper first look (no match array, no code-point decoding) that only text
// with no unstorable character and no surrogate at all gets past. Most text is
// like that; the rest is asked the exact question.
const MAYBE_UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** The first unstorable character of `text`, as "U+000B", or null when there is none. */
export function firstUnstorableChar(text: string): string | null {
  if (!MAYBE_UNSTORABLE.test(text)) return null;
  const match = UNSTORABLE_CHARS.exec(text);
  if (!match) return null;
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` without its unstorable characters (for importers and paste: foreign text is cleaned, not refused). */
export function removeUnstorableChars(text: string): string {
  return text.replace(UNSTORABLE_ALL, '');
}

/** The sentence for an unstorable character in a named field. */
export function unstorableCharMessage(where: string, char: string): string {
  return `${where} contains a control character (${char}) that cannot be stored; remove it and try again`;
}

/**
 * "200,000": a whole number with thousands separators, the same in every
 * locale. Grouped by hand, not with toLocaleString: the first Intl call of a
 * process loads ICU's locale data (20 ms or more), which messages built when a
 * module loads made every CLI command pay at start, and the status bar calls
 * this on every keystroke, where even a kept Intl.NumberFormat costs more
 * than the rest of its work.
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
