// Cleans clipboard HTML from Word, Google Docs and web pages down to the
// elements the article schema understands, before ProseMirror parses it.
// Formatting that sources express as inline styles (Google Docs' bold spans,
// Word's italics) is turned into <strong>/<em> first; then every style,
// class, id, data-*, event handler and tracking attribute goes, as do
// comments, scripts, page furniture and empty paragraphs.
import { isAllowedHref } from '../../../../shared/article/links';

/** Enough of the DOMParser interface for the browser's and for a test DOM's. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

const DROP = [
  'head', 'script', 'style', 'noscript', 'template', 'meta', 'link', 'title', 'iframe', 'object', 'embed', 'svg',
  'canvas', 'video', 'audio', 'img', 'picture', 'source', 'form', 'input', 'button', 'select', 'textarea', 'nav',
  'aside', 'xml',
];

// Query parameters that only identify the reader or the campaign.
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|_ga|_gl|igshid|yclid|mkt_tok|ref_src|cmpid|smid)$/i;

const KEEP_ATTRIBUTES: Record<string, string[]> = { a: ['href'], ol: ['start'] };

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'UL', 'OL', 'DIV', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'HR', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN']);

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
  // Office's namespaced elements: VML drawings and Word settings go; smart tags (<st1:place>) keep their text.
  for (const el of Array.from(body.querySelectorAll('*'))) if (/^(v|w|m):/i.test(el.tagName)) el.remove();
  convertWordLists(doc, body);
  styleToTags(doc, body);
  unwrapGoogleWrapper(body);
  cleanLinks(doc, body);
  for (const el of Array.from(body.querySelectorAll('*'))) stripAttributes(el);
  unwrapInlineNoise(body);
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

/** Word's review comments: the anchors in the text ("[JS1]") and the comment list at the end. */
function dropWordComments(root: Element): void {
  const marks = root.querySelectorAll('.msocomanchor, .MsoCommentReference, .msocomtxt, .msocomoff, [style*="mso-element"]');
  for (const el of Array.from(marks)) {
    if (el.classList.length || /mso-element:(comment|footnote|endnote)/.test(styleOf(el))) el.remove();
  }
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

/**
 * Word marks list paragraphs with `mso-list:l0 level1 lfo1` and writes the
 * bullet or number as text inside a span marked `mso-list:Ignore`. Runs of such
 * paragraphs become real lists; a deeper `levelN` nests a list inside the
 * previous item (one step deeper at most, as the schema's lists nest), a
 * shallower one returns to that level's list.
 */
function convertWordLists(doc: Document, root: Element): void {
  const items = Array.from(root.querySelectorAll('p')).filter((p) => /mso-list:/.test(styleOf(p)) && !/mso-list:none/.test(styleOf(p)));
  // The open lists, outermost first; each with the Word level it holds.
  let open: { list: Element; level: number }[] = [];
  let previous: Element | null = null;
  for (const p of items) {
    const marker = Array.from(p.querySelectorAll('span')).find((s) => /mso-list:ignore/.test(styleOf(s)));
    const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    marker?.remove();
    const ordered = /^\(?[0-9a-zA-Z]{1,4}[.)]$/.test(markerText);
    const level = Number(/level(\d+)/.exec(styleOf(p))?.[1] ?? 1);
    const adjacent = previous !== null && nextElement(previous) === p;
    if (!adjacent) open = [];
    while (open.length > 1 && open[open.length - 1]!.level > level) open.pop();
    let current = open[open.length - 1];
    if (current && level > current.level) {
      // A deeper level: a new list inside the last item of the current one.
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      current.list.lastElementChild!.appendChild(list);
      current = { list, level };
      open.push(current);
    } else if (!current || (current.list.tagName === 'OL') !== ordered) {
      // The first item, or the kind of list changed at this level: a new list beside the old one.
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (current && open.length > 1) current.list.parentElement!.appendChild(list);
      else p.parentNode!.insertBefore(list, p);
      current = { list, level: current?.level ?? level };
      open[Math.max(0, open.length - 1)] = current;
    }
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    current.list.appendChild(li);
    p.remove();
    previous = open[0]!.list;
  }
}

function nextElement(el: Element): Element | null {
  let next = el.nextSibling;
  while (next && next.nodeType === 3 && !(next.textContent ?? '').trim()) next = next.nextSibling;
  return next && next.nodeType === 1 ? (next as Element) : null;
}

/** Inline styles that carry meaning become tags; the rest of the style is dropped later. */
function styleToTags(doc: Document, root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[style]'))) {
    const style = styleOf(el);
    const tag = el.tagName;
    if ((tag === 'B' || tag === 'STRONG') && /font-weight:(normal|[1-4]00)(;|$)/.test(style)) {
      unwrap(el);
      continue;
    }
    if (tag === 'I' || tag === 'EM') {
      if (/font-style:normal/.test(style)) unwrap(el);
      continue;
    }
    if (BLOCKS.has(tag)) continue;
    const bold = /font-weight:(bold|bolder|[6-9]00)(;|$)/.test(style) && tag !== 'B' && tag !== 'STRONG' && !/^H[1-6]$/.test(tag);
    const italic = /font-style:italic/.test(style);
    if (!bold && !italic) continue;
    let inner: Element = el;
    for (const wrapTag of [bold && 'strong', italic && 'em']) {
      if (!wrapTag) continue;
      const wrapper = doc.createElement(wrapTag);
      while (inner.firstChild) wrapper.appendChild(inner.firstChild);
      inner.appendChild(wrapper);
      inner = wrapper;
    }
  }
}

/** Google Docs wraps a whole paste in <b id="docs-internal-guid-…" style="font-weight:normal">. */
function unwrapGoogleWrapper(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[id^="docs-internal-guid"]'))) unwrap(el);
}

function cleanLinks(_doc: Document, root: Element): void {
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = cleanHref(a.getAttribute('href') ?? '');
    if (href) a.setAttribute('href', href);
    else unwrap(a);
  }
}

/** The real destination of a link, without tracking parameters; null when it may not be a link. */
export function cleanHref(raw: string): string | null {
  let href = raw.trim();
  try {
    const url = new URL(href);
    // Google Docs and search results route links through a redirector.
    if (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
      const target = url.searchParams.get('q') ?? url.searchParams.get('url');
      if (target) return cleanHref(target);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      for (const key of Array.from(url.searchParams.keys())) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
      href = url.toString();
    }
  } catch {
    return null;
  }
  return isAllowedHref(href) ? href : null;
}

function stripAttributes(el: Element): void {
  const keep = KEEP_ATTRIBUTES[el.tagName.toLowerCase()] ?? [];
  for (const attr of Array.from(el.attributes)) {
    if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
  }
}

/** Spans, fonts, Word's o:p and smart tags carry nothing once styles are gone. */
function unwrapInlineNoise(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const name = el.tagName.toLowerCase();
    if (name === 'span' || name === 'font' || name.includes(':') || name === 'u' || name === 'ins' || name === 'mark' || name === 'small') {
      unwrap(el);
    } else if (name === 'del' || name === 's' || name === 'strike') {
      // Struck-through text in a draft is text the writer meant to delete.
      el.remove();
    }
  }
}

/** <br> between blocks (Google Docs puts them between paragraphs) is not a line break in text. */
function dropStrayBreaks(root: Element): void {
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const parent = br.parentElement;
    if (!parent || parent === root || parent.tagName === 'DIV' || parent.tagName === 'BODY') {
      br.remove();
      continue;
    }
    // A trailing <br> at the end of a paragraph is an editor artefact.
    if (!br.nextSibling && BLOCKS.has(parent.tagName)) br.remove();
  }
}

function normalizeSpaces(doc: Document, root: Element): void {
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.nodeValue ?? '';
    // No-break spaces from Word and zero-width ones from Google Docs are layout, not words.
    if (/[\u00a0\u200b\ufeff]/.test(text)) node.nodeValue = text.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
  }
}

function dropEmptyBlocks(root: Element): void {
  // Deepest first, so a list whose only item was empty goes too.
  const blocks = Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, ul, ol, div, figure, figcaption')).reverse();
  for (const el of blocks) {
    if (!(el.textContent ?? '').trim() && !el.querySelector('hr')) el.remove();
  }
}
