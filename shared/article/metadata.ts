// The metadata row's fields (issue 15): status, section and tags, held by the renderer's
// article session beside the header's text fields.
import type { Article, ArticleStatus } from './fields';

export interface MetadataValues {
  status: ArticleStatus;
  section: string;
  tags: string[];
}

export function metadataOf(article: Pick<Article, 'status' | 'section' | 'tags'>): MetadataValues {
  return { status: article.status, section: article.section, tags: [...article.tags] };
}

/** The metadata a rescue copy kept (copies from before issue 15 kept none). */
export function keptMetadata(kept: Partial<MetadataValues>): Partial<MetadataValues> {
  return Object.fromEntries(Object.entries(kept).filter(([name, value]) => value !== undefined && (name === 'status' || name === 'section' || name === 'tags')));
}
