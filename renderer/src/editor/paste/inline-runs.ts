// The formatting of pasted text, computed the way a browser computes it and
// then written back as plain <strong>, <em> and <a>: every text node gets the
// bold, italic and link of its ancestors (tags, then their style
// declarations, nearest wins), so Word's <b><span style="mso-bidi-font-
// weight:normal"> stays bold, a Google Docs span with font-weight:700 inside
// its font-weight:normal wrapper is bold, and LibreOffice's
// <b><span style="font-weight: normal"> is not.
//
// Struck-through and tracked-deleted text (<s>, <strike>, <del>,
// text-decoration: line-through, Word's msoDel), hidden text (display:none,
// mso-hide:all) and Word's footnote and comment markers are dropped, at their
// own boundaries only: where the dropped words stood between two words, one
// space stays, so no neighbouring word is cut or glued to the next.
import { cleanHref } from './clean-href';
import { styleOf } from './css-style';
import { noteAttrsFromDOM, type NoteAttrs } from '../../../../shared/article/note-mark';

export const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'UL', 'OL', 'DIV', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH',
  'FIGURE', 'FIGCAPTION', 'HR', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'DL', 'DT', 'DD', 'ADDRESS', 'CENTER',
]);
const BLOCK_SELECTOR = Array.from(BLOCK_TAGS).join(',');

interface Formatting {
  bold: boolean;
  italic: boolean;
  href: string | null;
  dropped: boolean;
  /** Inside Copydesk's own editorial note (its clipboard HTML: a note cut and pasted stays a note, never copy). */
  note: NoteAttrs | null;
}

type Run = { text: string; f: Formatting } | { br: true };

const PLAIN: Formatting = { bold: false, italic: false, href: null, dropped: false, note: null };

function isBold(weight: string): boolean | null {
  if (/^(bold|bolder)$/.test(weight)) return true;
  if (/^(normal|lighter)$/.test(weight)) return false;
  const n = Number(weight);
  return Number.isFinite(n) ? n >= 600 : null;
}

/** An element's formatting given its parent's: its tag first, then its own style declarations. */
export function formattingOf(el: Element, parent: Formatting): Formatting {
  const tag = el.tagName;
  const style = styleOf(el);
  let bold = parent.bold;
  let italic = parent.italic;
  // A heading's weight is the heading's; bold marks inside one would only repeat it.
  if (/^H[1-6]$/.test(tag)) bold = false;
  if (tag === 'B' || tag === 'STRONG') bold = true;
  if (tag === 'I' || tag === 'EM') italic = true;
  const weight = style.get('font-weight');
  if (weight !== undefined) bold = isBold(weight) ?? bold;
  const fontStyle = style.get('font-style');
  if (fontStyle !== undefined) italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  const className = el.getAttribute('class') ?? '';
  const dropped =
    parent.dropped ||
    tag === 'S' ||
    tag === 'STRIKE' ||
    tag === 'DEL' ||
    /\bline-through\b/.test(decoration) ||
    style.get('display') === 'none' ||
    style.get('mso-hide') === 'all' ||
    /\bmsoDel\b/i.test(className) ||
    // Word's footnote and comment references ("[1]", "[JS1]"): their notes are not pasted.
    /^(footnote|endnote|comment)/.test(style.get('mso-special-character') ?? '') ||
    (tag === 'A' && /^#_(ftn|edn|msocom)/.test(el.getAttribute('href') ?? ''));
  let href = parent.href;
  if (tag === 'A') href = cleanHref(el.getAttribute('href') ?? '') ?? parent.href;
  const note = tag === 'SPAN' && el.classList.contains('editorial-note') ? noteAttrsFromDOM(el) : parent.note;
  return { bold, italic, href, dropped, note };
}

/**
 * Rewrites the inline content of every block under `root` as plain marks.
 * Inline elements that wrap blocks (Google Docs' <b id="docs-internal-guid…">)
 * pass their formatting on to the blocks and are unwrapped.
 */
export function rewriteInlineFormatting(doc: Document, root: Element): void {
  const wrappers: Element[] = [];
  const visit = (el: Element, f: Formatting) => {
    let group: Node[] = [];
    const flush = () => {
      if (group.length) replaceGroup(doc, group, f);
      group = [];
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) {
        const c = child as Element;
        const block = BLOCK_TAGS.has(c.tagName);
        if (block || c.querySelector(BLOCK_SELECTOR)) {
          flush();
          visit(c, formattingOf(c, f));
          if (!block) wrappers.push(c);
          continue;
        }
      }
      group.push(child);
    }
    flush();
  };
  visit(root, PLAIN);
  for (const w of wrappers) unwrap(w);
}

function collectRuns(nodes: Node[], f: Formatting, runs: Run[]): void {
  for (const node of nodes) {
    if (node.nodeType === 3) runs.push({ text: node.nodeValue ?? '', f });
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR') {
        if (!f.dropped) runs.push({ br: true });
        continue;
      }
      collectRuns(Array.from(el.childNodes), formattingOf(el, f), runs);
    }
  }
}

/** Dropped runs go; where they stood between two words, a space stays. */
function withoutDropped(runs: Run[]): Run[] {
  const out: Run[] = [];
  let gap = false;
  for (const run of runs) {
    if ('br' in run) {
      out.push(run);
      gap = false;
      continue;
    }
    if (run.f.dropped) {
      // "colo<del>u</del>r" leaves one word; "said,<del> who declined </del>pointing" leaves two.
      gap ||= /\s/.test(run.text);
      continue;
    }
    if (gap) {
      const last = out.at(-1);
      const before = last && !('br' in last) ? last.text.at(-1) ?? '' : '';
      const after = run.text[0] ?? '';
      // Two words were apart before the deletion: keep them apart.
      if (before && after && !/\s/.test(before) && !/\s/.test(after)) out.push({ text: ' ', f: { ...run.f, bold: false, italic: false } });
      gap = false;
    }
    out.push(run);
  }
  return out;
}

function replaceGroup(doc: Document, nodes: Node[], f: Formatting): void {
  const runs: Run[] = [];
  collectRuns(nodes, f, runs);
  const fragment = doc.createDocumentFragment();
  let pending: { text: string; f: Formatting } | null = null;
  const emit = () => {
    if (pending?.text) fragment.appendChild(wrap(doc, pending.text, pending.f));
    pending = null;
  };
  for (const run of withoutDropped(runs)) {
    if ('br' in run) {
      emit();
      fragment.appendChild(doc.createElement('br'));
      continue;
    }
    if (pending && same(pending.f, run.f)) pending.text += run.text;
    else {
      emit();
      pending = { text: run.text, f: run.f };
    }
  }
  emit();
  const first = nodes[0]!;
  first.parentNode!.insertBefore(fragment, first);
  for (const node of nodes) node.parentNode?.removeChild(node);
}

function same(a: Formatting, b: Formatting): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href && a.note?.author === b.note?.author && a.note?.at === b.note?.at;
}

/** A note's span as the schema writes it (note-mark.ts), around the whole run, edge spaces and all. */
function inNote(doc: Document, node: Node, note: NoteAttrs | null): Node {
  if (!note) return node;
  const span = doc.createElement('span');
  span.className = 'editorial-note';
  if (note.author) span.setAttribute('data-note-author', note.author);
  if (note.at) span.setAttribute('data-note-at', note.at);
  span.appendChild(node);
  return span;
}

function wrap(doc: Document, text: string, f: Formatting): Node {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!core || (!f.bold && !f.italic && !f.href)) return inNote(doc, doc.createTextNode(text), f.note);
  // Spaces at the edges of a mark stay outside it ("<strong>word</strong> next").
  let node: Node = doc.createTextNode(core);
  for (const [on, tag] of [
    [f.italic, 'em'],
    [f.bold, 'strong'],
  ] as const) {
    if (!on) continue;
    const el = doc.createElement(tag);
    el.appendChild(node);
    node = el;
  }
  if (f.href) {
    const a = doc.createElement('a');
    a.setAttribute('href', f.href);
    a.appendChild(node);
    node = a;
  }
  const fragment = doc.createDocumentFragment();
  if (lead) fragment.appendChild(doc.createTextNode(lead));
  fragment.appendChild(node);
  if (trail) fragment.appendChild(doc.createTextNode(trail));
  return inNote(doc, fragment, f.note);
}

export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}
