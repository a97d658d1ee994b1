// The one way Copydesk counts words — the store's word_count, the status bar
// and the selection's count, length targets, the import's "too few words"
// warning, the doctor, history: the word-like segments of Intl.Segmenter at
// word granularity (Unicode's word boundaries, with dictionaries for the
// scripts written without spaces), so Japanese, Chinese and Thai count as
// words, not as one "word" per sentence, and Arabic, Cyrillic or Greek count
// as their spaces say. One adjustment: words joined by a single hyphen
// ("al-Assad", "well-known", "2026-12-03") count once, as a word processor
// and a sub-editor count them. Callers pass published text (editorial notes
// left out: shared/article/notes.ts).
//
// Speed: the status bar counts the block being typed on every key, and a save
// or a first count of a 5,000-paragraph body counts thousands of blocks, where
// the segmenter costs ~20× a character scan. So text made only of characters
// whose word-boundary properties are few and known (ASCII, Latin letters with
// accents, the usual typographic punctuation and currency signs) is counted by
// a scan that applies the same Unicode rules (UAX #29 WB5–WB13 for those
// classes); anything else goes to the segmenter. tests/unit/store/count-words.test.ts
// checks that the two agree on every fixed case and on thousands of random texts.

// Made on first need: the first Intl object of a process loads ICU's data (20 ms or
// more), which every CLI command paid at start when this ran at import.
let segmenter: Intl.Segmenter | undefined;

/** What the words of `text` number, as the segmenter sees them (hyphenated words once). */
export function countWords(text: string): number {
  return scanCount(text) ?? segmentCount(text);
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The reference: Intl.Segmenter's word-like segments, two of them joined by one hyphen counted once. */
export function segmentCount(text: string): number {
  let count = 0;
  // 1: just after a word; 2: a word, then a lone hyphen.
  let state = 0;
  for (const s of (segmenter ??= new Intl.Segmenter('en', { granularity: 'word' })).segment(text)) {
    if (s.isWordLike) {
      if (state !== 2) count++;
      state = 1;
    } else state = state === 1 && HYPHENS.has(s.segment) ? 2 : 0;
  }
  return count;
}

// Word-boundary classes of the characters the scan handles (UAX #29 names).
const OTHER = 0;
const LETTER = 1; // ALetter
const DIGIT = 2; // Numeric
const MID_LETTER = 3; // MidLetter: joins two letters (":" as in "a:b")
const MID_NUM_LET = 4; // MidNumLet and Single_Quote: joins two letters or two digits ("U.S", "don't", "3.5")
const MID_NUM = 5; // MidNum: joins two digits ("1,200")
const HYPHEN = 6; // Other to Unicode; joins two words for the count
const UNKNOWN = 7; // anything else: the segmenter decides

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z]/.test(ch) ? LETTER : /\d/.test(ch) ? DIGIT : ch === ':' ? MID_LETTER : ch === '.' || ch === "'" ? MID_NUM_LET : ch === ',' || ch === ';' ? MID_NUM : ch === '-' ? HYPHEN : OTHER;
}
// "_" (ExtendNumLet) and the control characters other than tab and line breaks have rules of their own: the segmenter's.
ASCII[0x5f] = UNKNOWN;
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) ASCII[c] = UNKNOWN;
ASCII[0x7f] = UNKNOWN;

/** Typographic punctuation and signs common in news copy that are "Other" to the word rules. */
const WIDE_OTHER = new Set([0x00a0, 0x00a3, 0x00a5, 0x00a7, 0x00a9, 0x00ab, 0x00ae, 0x00b0, 0x00b1, 0x00b6, 0x00bb, 0x00bf, 0x00a1, 0x00d7, 0x00f7, 0x2013, 0x2014, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac, 0x2020, 0x2021]);

function classOf(c: number): number {
  if (c < 0x80) return ASCII[c]!;
  // Latin-1 letters and Latin Extended-A and -B (× and ÷ are signs).
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? OTHER : LETTER;
  if (c === 0x2018 || c === 0x2019) return MID_NUM_LET;
  return WIDE_OTHER.has(c) ? OTHER : UNKNOWN;
}

/** The count by the scan, or null when the text has a character the scan leaves to the segmenter. */
export function scanCount(text: string): number | null {
  let count = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === UNKNOWN) return null;
    if (cls === LETTER || cls === DIGIT) {
      if (!inWord) {
        // A word right after "word-" is the same word (the hyphen rule); the character before a hyphen is a word's last.
        const joined = i >= 2 && classOf(text.charCodeAt(i - 1)) === HYPHEN && isWordChar(classOf(text.charCodeAt(i - 2)));
        if (!joined) count++;
        inWord = true;
      }
      continue;
    }
    if (inWord && i + 1 < n && (cls === MID_LETTER || cls === MID_NUM_LET || cls === MID_NUM)) {
      // WB6/7 and WB11/12: a middle character between two letters (or two digits) keeps the word going.
      const before = classOf(text.charCodeAt(i - 1));
      const after = classOf(text.charCodeAt(i + 1));
      const letters = before === LETTER && after === LETTER && cls !== MID_NUM;
      const digits = before === DIGIT && after === DIGIT && cls !== MID_LETTER;
      if (letters || digits) continue;
    }
    inWord = false;
  }
  return count;
}

const isWordChar = (cls: number) => cls === LETTER || cls === DIGIT;
