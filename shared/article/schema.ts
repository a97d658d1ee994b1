// The one ProseMirror schema for an article body. The renderer edits with it,
// the store validates every body against it before writing, and export renders
// from it. Node and mark names are part of the interchange format: renaming one
// breaks every stored article and every file a user exported, so don't.
import { Schema, type NodeSpec, type MarkSpec } from 'prosemirror-model';
import { isSha256 } from '../assets/assets';
import { isAllowedHref } from './links';
import { noteMarkSpec } from './note-mark';

function validateString(value: unknown): void {
  if (typeof value !== 'string') throw new RangeError('expected a string');
}

function validateHeadingLevel(value: unknown): void {
  if (value !== 2 && value !== 3 && value !== 4) {
    throw new RangeError('heading level must be 2, 3 or 4');
  }
}

function validateAsset(value: unknown): void {
  // A photo may exist before its image does (imports produce credit-only photos).
  if (value === null) return;
  if (!isSha256(value)) {
    throw new RangeError('photo asset must be a sha256 hex digest or null');
  }
}

function validateHref(value: unknown): void {
  if (typeof value !== 'string' || !isAllowedHref(value)) {
    throw new RangeError('links may only use http:, https: or mailto:');
  }
}

function validateOrder(value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError('list order must be a positive whole number');
  }
}

const textAttr = { default: '', validate: validateString };

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', 0],
  },
  heading: {
    group: 'block',
    content: 'inline*',
    attrs: { level: { default: 2, validate: validateHeadingLevel } },
    defining: true,
    parseDOM: [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 4 } },
      { tag: 'h5', attrs: { level: 4 } },
      { tag: 'h6', attrs: { level: 4 } },
    ],
    toDOM: (node) => [`h${node.attrs.level as number}`, 0],
  },
  // A quote is one or more paragraphs followed by an optional attribution
  // (speaker or source). The attribution is a child node rather than an
  // attribute so the journalist edits it inline with the normal cursor,
  // undo history and marks-free text, and so it survives copy and paste.
  blockquote: {
    group: 'block',
    content: 'paragraph+ attribution?',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  attribution: {
    content: 'text*',
    marks: '',
    defining: true,
    parseDOM: [{ tag: 'cite' }, { tag: 'figcaption.attribution' }],
    toDOM: () => ['cite', { class: 'attribution' }, 0],
  },
  photo: {
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    attrs: {
      asset: { default: null, validate: validateAsset },
      alt: textAttr,
      caption: textAttr,
      photographer: textAttr,
      agency: textAttr,
    },
    toDOM: (node) => [
      'figure',
      { class: 'photo', 'data-asset': (node.attrs.asset as string | null) ?? '' },
      ['figcaption', node.attrs.caption as string],
    ],
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    attrs: { order: { default: 1, validate: validateOrder } },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => {
          const start = Number((dom as { getAttribute(n: string): string | null }).getAttribute('start') ?? 1);
          return { order: Number.isInteger(start) && start > 0 ? start : 1 };
        },
      },
    ],
    toDOM: (node) => ['ol', node.attrs.order === 1 ? {} : { start: node.attrs.order as number }, 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  horizontal_rule: {
    group: 'block',
    parseDOM: [{ tag: 'hr' }],
    toDOM: () => ['hr'],
  },
  hard_break: {
    group: 'inline',
    inline: true,
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
  text: { group: 'inline' },
};

const marks: Record<string, MarkSpec> = {
  // An editorial note (shared/article/notes.ts): kept with the article, never
  // published or counted. First in the list, so it is the outermost mark and a
  // note with a bold word in it stays one element on screen.
  // Its attributes (author's initials, time) and DOM form: note-mark.ts.
  note: noteMarkSpec,
  link: {
    attrs: { href: { validate: validateHref } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = (dom as { getAttribute(n: string): string | null }).getAttribute('href') ?? '';
          return isAllowedHref(href) ? { href } : false;
        },
      },
    ],
    toDOM: (mark) => ['a', { href: mark.attrs.href as string }, 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps whole pastes in <b style="font-weight:normal">.
      { tag: 'b', getAttrs: (dom) => ((dom as { style?: { fontWeight?: string } }).style?.fontWeight === 'normal' ? false : null) },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      { style: 'font-weight', getAttrs: (value) => (/^(bold(er)?|[5-9]\d{2,})$/.test(value as string) ? null : false) },
    ],
    toDOM: () => ['strong', 0],
  },
  em: {
    parseDOM: [
      { tag: 'i' },
      { tag: 'em' },
      { style: 'font-style=italic' },
      { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' },
    ],
    toDOM: () => ['em', 0],
  },
};

export const schema = new Schema({ nodes, marks });

export type NodeName =
  | 'doc'
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'attribution'
  | 'photo'
  | 'bullet_list'
  | 'ordered_list'
  | 'list_item'
  | 'horizontal_rule'
  | 'hard_break'
  | 'text';
export type MarkName = 'note' | 'strong' | 'em' | 'link';
