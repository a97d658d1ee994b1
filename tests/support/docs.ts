// A tiny fixture language for bodies: doc(p('Hello ', strong('world'))).
type Json = Record<string, unknown>;
type Inline = string | Json;

function inline(items: Inline[]): Json[] {
  return items.map((item) => (typeof item === 'string' ? { type: 'text', text: item } : item));
}
function withMark(mark: Json, text: string): Json {
  return { type: 'text', text, marks: [mark] };
}

export const doc = (...content: Json[]) => ({ type: 'doc' as const, content });
export const p = (...content: Inline[]) => (content.length ? { type: 'paragraph', content: inline(content) } : { type: 'paragraph' });
export const h = (level: 2 | 3 | 4, ...content: Inline[]) => ({ type: 'heading', attrs: { level }, content: inline(content) });
export const quote = (paragraphs: Json[], attribution?: string) => ({
  type: 'blockquote',
  content: attribution ? [...paragraphs, { type: 'attribution', content: [{ type: 'text', text: attribution }] }] : paragraphs,
});
export const strong = (text: string) => withMark({ type: 'strong' }, text);
export const em = (text: string) => withMark({ type: 'em' }, text);
export const link = (href: string, text: string) => withMark({ type: 'link', attrs: { href } }, text);
export const br = () => ({ type: 'hard_break' });
export const hr = () => ({ type: 'horizontal_rule' });
export const li = (...content: Json[]) => ({ type: 'list_item', content });
export const ul = (...items: Json[]) => ({ type: 'bullet_list', content: items });
export const ol = (...items: Json[]) => ({ type: 'ordered_list', attrs: { order: 1 }, content: items });
export const photo = (attrs: { asset?: string | null; alt?: string; caption?: string; photographer?: string; agency?: string }) => ({
  type: 'photo',
  attrs: { asset: null, alt: '', caption: '', photographer: '', agency: '', ...attrs },
});

/** A body that uses every node and mark of the schema. */
export const everyNodeBody = () =>
  doc(
    p('Plain, ', strong('bold'), ', ', em('italic'), ' and ', link('https://example.com/a?b=1', 'a link'), br(), 'after a break.'),
    h(2, 'A subhead'),
    h(3, 'A smaller subhead'),
    h(4, 'The smallest subhead'),
    quote([p('First quoted paragraph.'), p('Second quoted paragraph.')], 'The Guardian'),
    quote([p('An unattributed quote.')]),
    photo({ asset: 'a'.repeat(64), alt: 'Kerry and Lavrov', caption: 'Talks in Geneva', photographer: 'Chip Somodevilla', agency: 'Getty Images' }),
    photo({ photographer: 'Jane Doe', agency: 'AP' }),
    ul(li(p('One')), li(p('Two'), ul(li(p('Nested'))))),
    ol(li(p('First')), li(p('Second'))),
    hr(),
    p('Mail ', link('mailto:desk@example.com', 'the desk'), '.', { type: 'text', text: ' check the address', marks: [{ type: 'note', attrs: { author: 'JB', at: '2026-12-03T09:12:00.000Z' } }] }),
  );
