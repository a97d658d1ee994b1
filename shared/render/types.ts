// What the renderer needs besides the article and the publication settings.
import type { ArticleStatus } from '../article/fields';

/**
 * Turns a photo's asset digest into an image URL: the app's asset URL in the
 * preview, a data: URI in an export. null means "no image available" and the
 * photo is rendered as caption and credit only, never as a broken <img>.
 */
export type ImageSrc = (asset: string) => string | ImageSource | null;

/** An image URL with its intrinsic size when known (reserves the space before it decodes). */
export interface ImageSource {
  src: string;
  width?: number;
  height?: number;
}

/** Another article from the local library, for "More from {publication}". */
export interface RelatedArticle {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  section: string;
  updatedAt: string;
}

export interface RenderOptions {
  imageSrc: ImageSrc;
  /** Candidates for "More from"; the renderer picks and orders up to five. */
  related?: readonly RelatedArticle[];
  /**
   * Extra sources the page's CSP must allow for images (data: is always
   * allowed). The preview passes the app's asset scheme here.
   */
  imageOrigins?: readonly string[];
  /** IANA zone for the printed date; defaults to UTC so output is reproducible. */
  timeZone?: string;
}
