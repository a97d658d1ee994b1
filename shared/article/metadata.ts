// The metadata row's fields (issue 15): status, section and tags, held by the renderer's
// article session beside the header's text fields.
import type { Article, ArticleDialect, ArticleStatus } from './fields';
import { stampPublishedAt } from './published-at';

export interface MetadataValues {
  status: ArticleStatus;
  section: string;
  tags: string[];
  /** When it was first published (editable once it is); null while it never was. */
  publishedAt: string | null;
  /** The length the desk assigned, in words; null for none (length-target.ts). */
  targetWords: number | null;
  /** The article's spelling dialect; '' for the publication's. */
  dialect: ArticleDialect;
}

export function metadataOf(article: Pick<Article, 'status' | 'section' | 'tags' | 'publishedAt' | 'targetWords' | 'dialect'>): MetadataValues {
  return { status: article.status, section: article.section, tags: [...article.tags], publishedAt: article.publishedAt, targetWords: article.targetWords ?? null, dialect: article.dialect ?? '' };
}

const METADATA_NAMES: ReadonlySet<string> = new Set(['status', 'section', 'tags', 'publishedAt', 'targetWords', 'dialect'] satisfies (keyof MetadataValues)[]);

/** The metadata a rescue copy kept (copies from before issue 15 kept none). */
export function keptMetadata(kept: Partial<MetadataValues>): Partial<MetadataValues> {
  return Object.fromEntries(Object.entries(kept).filter(([name, value]) => value !== undefined && METADATA_NAMES.has(name)));
}

/**
 * One field of the row changed: the new values and what to save, or null when
 * nothing changed. Publishing for the first time stamps publishedAt with `now`
 * in the same change, so the preview dates the page at once and the store keeps that time.
 */
export function metadataEdit<K extends keyof MetadataValues>(current: MetadataValues, name: K, value: MetadataValues[K], now: string): { metadata: MetadataValues; change: Partial<MetadataValues> } | null {
  if (JSON.stringify(current[name]) === JSON.stringify(value)) return null;
  const next = { ...current, [name]: value };
  const publishedAt = stampPublishedAt(next.status, next.publishedAt, now);
  const change: Partial<MetadataValues> = publishedAt === next.publishedAt ? { [name]: value } : { [name]: value, publishedAt };
  return { metadata: { ...next, publishedAt }, change };
}
