// The only elements and attributes the published page may contain. Every tag
// is built through `element()`, which refuses anything not listed here, so a
// new feature cannot slip in an event handler or an unexpected element.
import { escapeAttr } from './escape';

const GLOBAL = ['class', 'id', 'lang', 'aria-label', 'aria-labelledby'] as const;

const ALLOWED: Record<string, readonly string[]> = {
  html: ['lang', 'dir'],
  head: [],
  meta: ['charset', 'name', 'content', 'property', 'http-equiv'],
  title: [],
  link: ['rel', 'href'],
  style: [],
  script: ['type'],
  body: [],
  header: [],
  footer: [],
  main: [],
  article: [],
  aside: [],
  nav: [],
  section: [],
  div: [],
  span: [],
  p: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  a: ['href', 'rel'],
  strong: [],
  em: [],
  br: [],
  hr: [],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  figure: [],
  figcaption: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  time: ['datetime'],
};

const VOID = new Set(['meta', 'link', 'br', 'hr', 'img']);

export type Attrs = Record<string, string | number | null | undefined>;

function openTag(tag: string, attrs: Attrs): string {
  const allowed = ALLOWED[tag];
  if (!allowed) throw new Error(`renderer bug: <${tag}> is not on the allowlist`);
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (!allowed.includes(name) && !(GLOBAL as readonly string[]).includes(name)) {
      throw new Error(`renderer bug: attribute "${name}" is not allowed on <${tag}>`);
    }
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out + '>';
}

/** An element with already-rendered (escaped) inner HTML. */
export function element(tag: string, attrs: Attrs = {}, inner = ''): string {
  if (VOID.has(tag)) {
    if (inner) throw new Error(`renderer bug: <${tag}> cannot have content`);
    return openTag(tag, attrs);
  }
  return `${openTag(tag, attrs)}${inner}</${tag}>`;
}
