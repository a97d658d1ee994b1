// Cleans clipboard HTML from Word (Windows and Mac), Google Docs, LibreOffice
// and web pages down to the elements the article schema understands, before
// ProseMirror parses it. In order:
//   1. what never pastes: scripts, styles, pictures, Office drawings and
//      settings, review comments (Word's content controls keep their text);
//   2. Word's list paragraphs → real nested lists (word-lists.ts), then the
//      list shapes Google Docs and LibreOffice write (nested-lists.ts);
//   3. formatting computed from tags and CSS declarations and written back as
//      <strong>/<em>/<a>; struck-through and deleted text dropped at its own
//      boundaries (inline-runs.ts);
//   4. every remaining attribute but href and start (and a Copydesk note's own), and empty blocks.
import { removeUnstorableChars } from '../../../../shared/limits';
import { cleanHref } from './clean-href';
import { styleOf } from './css-style';
import { rewriteInlineFormatting, unwrap } from './inline-runs';
import { fixLists } from './nested-lists';
import { convertWordLists } from './word-lists';

export { cleanHref };

/** Enough of the DOMParser interface for the browser's and for a test DOM's. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

const DROP = [
  'head', 'script', 'style', 'noscript', 'template', 'meta', 'link', 'title', 'iframe', 'object', 'embed', 'svg',
  'canvas', 'video', 'audio', 'img', 'picture', 'source', 'form', 'input', 'button', 'select', 'textarea', 'nav',
  'aside', 'xml',
];

const KEEP_ATTRIBUTES: Record<string, string[]> = { a: ['href'], ol: ['start'] };

export function cleanPastedHtml(html: string, parser: HtmlParser): string {
  return cleanPastedHtmlReporting(html, parser).html;
}

/**
 * Like cleanPastedHtml, and says how many pictures were left out, so the writer
 * can be told rather than find out later. (Word's point at temporary files the
 * renderer may not read; a web page's are not ours to publish and would need
 * the network.) Tracking pixels are not counted.
 */
export function cleanPastedHtmlReporting(html: string, parser: HtmlParser): { html: string; picturesLeftOut: number } {
  const doc = parser.parseFromString(defuseHandlers(html), 'text/html');
  const body = doc.body;
  const picturesLeftOut = Array.from(body.querySelectorAll('img')).filter((img) => !isPixel(img)).length;
  removeComments(body);
  dropWordComments(body);
  // A picture copied from a web page is not ours to publish, and its caption would be orphaned.
  for (const figure of Array.from(body.querySelectorAll('figure'))) if (figure.querySelector('img, picture, video')) figure.remove();
  for (const el of Array.from(body.querySelectorAll(DROP.join(',')))) el.remove();
  dropOfficeElements(body);
  convertWordLists(doc, body);
  fixLists(doc, body);
  rewriteInlineFormatting(doc, body);
  for (const el of Array.from(body.querySelectorAll('*'))) stripAttributes(el);
  dropStrayBreaks(body);
  normalizeSpaces(doc, body);
  dropEmptyBlocks(body);
  return { html: body.innerHTML, picturesLeftOut };
}

function isPixel(img: Element): boolean {
  const size = (name: string) => Number(img.getAttribute(name) ?? NaN);
  return size('width') <= 2 || size('height') <= 2;
}

/**
 * Renames event-handler attributes (onclick=, onmouseover=) before the HTML is
 * parsed at all. The parse happens in an inert document and every attribute is
 * dropped afterwards, but the page's CSP still reports each handler it sees,
 * and a paste should not leave a trail of security errors behind it.
 */
function defuseHandlers(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-defused-on$2'));
}

function removeComments(root: Node): void {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
}

/** Word's review comments: the anchors in the text ("[JS1]") and the comment list at the end; its footnote list. */
function dropWordComments(root: Element): void {
  const marks = root.querySelectorAll('.msocomanchor, .MsoCommentReference, .msocomtxt, .msocomoff, [style*="mso-element"]');
  for (const el of Array.from(marks)) {
    if (el.classList.length || /^(comment|footnote|endnote)/.test(styleOf(el).get('mso-element') ?? '')) el.remove();
  }
}

/**
 * Office's namespaced elements: a content control (<w:Sdt>) wraps the writer's
 * own words and is unwrapped, as are smart tags (<st1:place>) and <o:p>; VML
 * drawings (<v:shape>), equations and Word's settings go.
 */
function dropOfficeElements(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const name = el.tagName.toLowerCase();
    if (!name.includes(':')) continue;
    if (/^w:sdt(content)?$/.test(name) || name === 'o:p' || /^st\d:/.test(name)) unwrap(el);
    else if (/^(v|w|m|o):/.test(name)) el.remove();
    else unwrap(el);
  }
}

/** An editorial note's span, as inline-runs.ts writes it back: the schema reads its note from these. */
const NOTE_ATTRIBUTES = ['class', 'data-note-author', 'data-note-at'];

function stripAttributes(el: Element): void {
  const keep = el.tagName === 'SPAN' && el.getAttribute('class') === 'editorial-note' ? NOTE_ATTRIBUTES : (KEEP_ATTRIBUTES[el.tagName.toLowerCase()] ?? []);
  for (const attr of Array.from(el.attributes)) {
    if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
  }
}

const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'TD', 'TH', 'PRE', 'FIGCAPTION', 'DIV']);

/** <br> between blocks (Google Docs puts them between paragraphs) is not a line break in text. */
function dropStrayBreaks(root: Element): void {
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const parent = br.parentElement;
    if (!parent || parent === root || parent.tagName === 'DIV' || parent.tagName === 'BODY') {
      br.remove();
      continue;
    }
    // A trailing <br> at the end of a paragraph is an editor artefact.
    if (!br.nextSibling && TEXT_BLOCKS.has(parent.tagName)) br.remove();
  }
}

function normalizeSpaces(doc: Document, root: Element): void {
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.nodeValue ?? '';
    // No-break spaces from Word and zero-width ones from Google Docs are layout, not words; control
    // characters no article may hold (shared/limits.ts) are removed, as every import does.
    const clean = removeUnstorableChars(text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, ''));
    if (clean !== text) node.nodeValue = clean;
  }
}

function dropEmptyBlocks(root: Element): void {
  // Deepest first, so a list whose only item was empty goes too.
  const blocks = Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, ul, ol, div, figure, figcaption')).reverse();
  for (const el of blocks) {
    if (!(el.textContent ?? '').trim() && !el.querySelector('hr')) el.remove();
  }
}
