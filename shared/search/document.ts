// What the full-text index holds for one article (migration 007), derived in
// one place for the store, the migration that builds the index and the checks
// that compare it with a rebuild. The body's text is the stored plain text
// (paragraphs, subheads, quotes with their attributions, photo captions:
// shared/article/body.ts); photo credits are read from the body's JSON.

/** The index's columns, in order. bm25 weights (store/search-index.ts) follow this order. */
export const SEARCH_COLUMNS = ['headline', 'standfirst', 'byline', 'dateline', 'tags', 'body', 'credits'] as const;
export type SearchColumn = (typeof SEARCH_COLUMNS)[number];
export type SearchDocument = Record<SearchColumn, string>;

import type { Node } from 'prosemirror-model';

/** Photographers and agencies of the body's photos, one per line (from stored JSON: migrations and checks). */
export function photoCredits(body: unknown): string {
  const credits: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { type, attrs, content } = node as { type?: unknown; attrs?: Record<string, unknown>; content?: unknown };
    if (type === 'photo' && attrs) {
      for (const key of ['photographer', 'agency'] as const) {
        const value = attrs[key];
        if (typeof value === 'string' && value.trim()) credits.push(value);
      }
    }
    if (Array.isArray(content)) for (const child of content) walk(child);
  };
  walk(body);
  return credits.join('\n');
}

/**
 * The same credits from the checked node a save already holds (shared/article/body.ts
 * keeps it with the JSON), so a save walks the JSON once; text blocks are not entered.
 */
export function photoCreditsOfNode(doc: Node): string {
  const credits: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'photo') {
      for (const key of ['photographer', 'agency'] as const) {
        const value: unknown = node.attrs[key];
        if (typeof value === 'string' && value.trim()) credits.push(value);
      }
    }
    return !node.isTextblock;
  });
  return credits.join('\n');
}

/** Tags as the index holds them: one per line, so a phrase never runs from one tag into the next. */
export function tagsText(tags: readonly string[]): string {
  return tags.join('\n');
}

export function searchDocument(fields: {
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  tags: readonly string[];
  plainText: string;
  body: unknown;
}): SearchDocument {
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    byline: fields.byline,
    dateline: fields.dateline,
    tags: tagsText(fields.tags),
    body: fields.plainText,
    credits: photoCredits(fields.body),
  };
}

/**
 * A fingerprint of what the index was given for one article (migration 010
 * keeps no copy of the text): the check compares it with the fingerprint of a
 * rebuild from the article. Two independent 32-bit FNV-1a style hashes over
 * the columns, NUL-separated; a drift check, not a security measure.
 */
export function documentDigest(doc: SearchDocument): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (const column of SEARCH_COLUMNS) {
    const text = `${doc[column]}\u0000`;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
