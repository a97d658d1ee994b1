// When a paste should open the import review instead of pasting: a whole story
// pasted as plain text into an empty article. The rule, in full:
//
// 1. The article is blank (shared/article/blank.ts): headline, standfirst,
//    byline and dateline empty and the body only empty paragraphs (the caller
//    says whether it is).
// 2. The clipboard holds text and no files, and either no HTML or HTML that is
//    only a wrapper around that same text: nothing but <div>, <p>, <br>,
//    <span>, <pre>, <code>, <font> (plus head furniture such as <meta>), no bold
//    or italic styling, and the same words as the plain text. That is what a
//    text editor, a terminal or a <pre> on a web page puts on the clipboard.
//    Real formatting (headings, links, lists, quotes, bold) goes through the
//    HTML paste cleaner as before: its structure is better than a guess.
// 3. The text looks like a story: at least three paragraphs as a plain paste
//    would split them (a headline and two paragraphs) and at least 20 words.
//    A sentence or two is simply pasted.
//
// Anything else pastes exactly as before.
import { textToParagraphs } from './plain-text';
import type { HtmlParser } from './clean-html';
import { countWords } from '../../../../shared/article/word-count';

export const STORY_MIN_PARAGRAPHS = 3;
export const STORY_MIN_WORDS = 20;

export interface PasteContent {
  text: string;
  html: string;
  hasFiles: boolean;
}

export function looksLikeStory(text: string): boolean {
  const paragraphs = textToParagraphs(text);
  if (paragraphs.length < STORY_MIN_PARAGRAPHS) return false;
  // Counted as everywhere (shared/article/word-count.ts): a pasted Japanese or Thai story has its words too.
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  return words >= STORY_MIN_WORDS;
}

const WRAPPER_ELEMENTS = new Set(['HTML', 'HEAD', 'BODY', 'META', 'TITLE', 'STYLE', 'LINK', 'DIV', 'P', 'BR', 'SPAN', 'PRE', 'CODE', 'FONT']);
const FORMATTING_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)|font-style\s*:\s*italic|text-decoration[^;]*underline|vertical-align\s*:\s*(super|sub)/i;

// Block wrappers (<div> per line) join lines without spaces in textContent: compare without any whitespace.
const squeezed = (s: string) => s.replace(/\s+/g, '');

/** HTML that carries nothing the plain text does not: no structure, no formatting, the same words. */
export function isPlainTextWrapper(html: string, text: string, parser: HtmlParser): boolean {
  const doc = parser.parseFromString(html, 'text/html');
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (!WRAPPER_ELEMENTS.has(el.tagName.toUpperCase())) return false;
    if (FORMATTING_STYLE.test(el.getAttribute('style') ?? '')) return false;
  }
  for (const el of Array.from(doc.querySelectorAll('head, style, title'))) el.remove();
  return squeezed(doc.body?.textContent ?? '') === squeezed(text);
}

export function shouldOfferImport(paste: PasteContent, articleEmpty: boolean, parser: HtmlParser): boolean {
  if (!articleEmpty || paste.hasFiles) return false;
  if (!paste.text.trim() || !looksLikeStory(paste.text)) return false;
  return !paste.html.trim() || isPlainTextWrapper(paste.html, paste.text, parser);
}
