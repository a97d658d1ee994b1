// A blank article: what "New article" makes before anything is written. Such a
// draft can be discarded when the journalist moves on without losing a word,
// and a story pasted into one is offered as an import; anything else — a single
// letter, a photo, a rule — makes it an article. The one rule, for the stored
// JSON (main) and the live ProseMirror document (the editor).
import type { Node } from 'prosemirror-model';
import type { ArticleFields, BodyJSON } from './fields';
import { HEADER_FIELDS, type HeaderValues } from './header';

const TEXT_FIELDS = [...HEADER_FIELDS, 'section'] as const;

export function isBlankArticle(fields: Pick<ArticleFields, (typeof TEXT_FIELDS)[number] | 'tags' | 'body'>): boolean {
  return TEXT_FIELDS.every((name) => fields[name].trim() === '') && fields.tags.length === 0 && isBlankBody(fields.body);
}

/** The header fields the editor shows are all blank. */
export function isBlankHeader(values: HeaderValues): boolean {
  return HEADER_FIELDS.every((name) => values[name].trim() === '');
}

/** Only empty paragraphs (or none): no text, no photo, no rule, no list, no quote. */
export function isBlankBody(body: BodyJSON): boolean {
  const content = (body as { content?: unknown[] }).content ?? [];
  return content.every((block) => {
    const node = block as { type?: unknown; content?: unknown[] };
    return node.type === 'paragraph' && (node.content ?? []).every((inline) => {
      const child = inline as { type?: unknown; text?: unknown };
      return child.type === 'text' && typeof child.text === 'string' && child.text.trim() === '';
    });
  });
}

/** The same rule on a live document; stops at the first block with anything in it. */
export function isBlankDoc(doc: Node): boolean {
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    if (block.type.name !== 'paragraph') return false;
    for (let j = 0; j < block.childCount; j++) {
      const inline = block.child(j);
      if (!inline.isText || inline.text!.trim() !== '') return false;
    }
  }
  return true;
}
