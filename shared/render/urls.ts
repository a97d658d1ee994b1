// Where an article lives on the web, when the publication has a site URL.
// Rule: {siteUrl}/{slug}, the slug being the same one the store and the export
// file name use, so an exported folder can be uploaded as it is.
import { slugify } from '../article/slug';
import type { PublicationSettings } from '../settings/publication';

export function articleSlug(headline: string): string {
  return slugify(headline);
}

export function articleUrl(settings: PublicationSettings, slug: string): string | null {
  return settings.siteUrl ? `${settings.siteUrl}/${encodeURIComponent(slug)}` : null;
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
