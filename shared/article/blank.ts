// A blank article: what "New article" makes before anything is written. Such a
// draft can be discarded when the journalist moves on without losing a word;
// anything else — a single letter, a photo, a rule — makes it an article.
import type { ArticleFields, BodyJSON } from './fields';

const TEXT_FIELDS = ['headline', 'standfirst', 'byline', 'dateline', 'section'] as const;

export function isBlankArticle(fields: Pick<ArticleFields, (typeof TEXT_FIELDS)[number] | 'tags' | 'body'>): boolean {
  return TEXT_FIELDS.every((name) => fields[name].trim() === '') && fields.tags.length === 0 && isBlankBody(fields.body);
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
