// Where an article lives on the web, when the publication has a site URL.
// Rule: {siteUrl}/{slug}, the slug being the same one the store and the export
// file name use, so an exported folder can be uploaded as it is.
import { isAllowedHref } from '../article/links';
import { slugify } from '../article/slug';
import type { PublicationSettings } from '../settings/publication';

export function articleSlug(headline: string): string {
  return slugify(headline);
}

/**
 * The site URL when it is a usable web address. The settings schema already
 * guarantees this; checked again here because the renderer may be handed
 * settings that never went through it, and a bad value would become a link.
 */
export function siteBase(settings: PublicationSettings): string | null {
  const url = settings.siteUrl;
  return url && /^https?:\/\//i.test(url) && isAllowedHref(url) ? url.replace(/\/+$/, '') : null;
}

export function articleUrl(settings: PublicationSettings, slug: string): string | null {
  const base = siteBase(settings);
  return base ? `${base}/${encodeURIComponent(slug)}` : null;
}

/** Share links that need no script: plain URLs of the networks' share pages. */
export function shareLinks(url: string, headline: string): { label: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(headline);
  return [
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
