// Links a reader may follow, without the tracking that rides along on them.
import { isAllowedHref } from '../../../../shared/article/links';

// Query parameters that only identify the reader or the campaign.
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|_ga|_gl|igshid|yclid|mkt_tok|ref_src|cmpid|smid)$/i;

/** The real destination of a link, without tracking parameters; null when it may not be a link. */
export function cleanHref(raw: string): string | null {
  let href = raw.trim();
  try {
    const url = new URL(href);
    // Google Docs and search results route links through a redirector.
    if (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
      const target = url.searchParams.get('q') ?? url.searchParams.get('url');
      if (target) return cleanHref(target);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      for (const key of Array.from(url.searchParams.keys())) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
      href = url.toString();
    }
  } catch {
    return null;
  }
  return isAllowedHref(href) ? href : null;
}
