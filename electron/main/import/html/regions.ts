// The parts of a news page that are not the article, named the way the
// review panel tells the journalist what was left out: comment threads,
// sidebars, related-story cards, newsletter boxes, share bars, cookie
// notices, navigation. Read from the element's own tag, role, class and id,
// which is how every CMS template marks them.
import type { DropReason } from '../../../../shared/import/analysis';
import { attr, type DomElement } from './dom';

const BY_TAG: Record<string, DropReason> = { aside: 'sidebar', nav: 'page-chrome', footer: 'page-chrome', header: 'page-chrome' };
const BY_ROLE: Record<string, DropReason> = { complementary: 'sidebar', navigation: 'page-chrome', contentinfo: 'page-chrome', banner: 'page-chrome' };

// Ordered: the first that matches names the part. Whole words of class names
// ("comment", "comments-list", "wp-comment"), not substrings ("recommended"
// is not a comment).
const BY_NAME: [RegExp, DropReason][] = [
  [/(^|[\s_-])(comments?|commentlist|disqus|coral|replies|respond|discussion|talk-stream|viafoura|openweb)($|[\s_-])/i, 'comments'],
  [/(^|[\s_-])(cookies?|consent|gdpr|cmp|privacy-banner|onetrust)($|[\s_-])/i, 'cookie-notice'],
  [/(^|[\s_-])(newsletters?|subscribe|subscription|signup|sign-up|paywall|piano|inline-promo|email-capture)($|[\s_-])/i, 'newsletter'],
  [/(^|[\s_-])(share|sharing|social|sharebar|share-bar|share-tools|social-share)($|[\s_-])/i, 'share'],
  [/(^|[\s_-])(related|relatedposts|related-posts|related-articles|related-content|more-stories|more-from|read-next|read-more|recommended|recommendations|most-read|most-popular|popular|trending|outbrain|taboola|also-read|further-reading|card-list|story-cards|teasers?)($|[\s_-])/i, 'related-stories'],
  [/(^|[\s_-])(ads?|advert|advertisement|adslot|ad-slot|ad-container|dfp|gpt-ad|sponsored|promo)($|[\s_-])/i, 'advertisement'],
  [/(^|[\s_-])(sidebar|side-bar|rail|right-rail|widget|widgets)($|[\s_-])/i, 'sidebar'],
  [/(^|[\s_-])(authorbio|author-bio|authorinfo|author-info|about-the-author|author-box|contributor-bio)($|[\s_-])/i, 'not-article'],
  [/(^|[\s_-])(breadcrumbs?|nav|leftnav|left-nav|site-nav|main-nav|navbar|menu|masthead|site-header|site-footer|skip-link|pagination|tags|tag-list|topics)($|[\s_-])/i, 'page-chrome'],
];

/** What kind of non-article part an element is, or null when its markup does not say. */
export function regionOf(el: DomElement): DropReason | null {
  const byTag = BY_TAG[el.localName];
  if (byTag) return byTag;
  const role = attr(el, 'role');
  if (role && BY_ROLE[role]) return BY_ROLE[role]!;
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'data-component') ?? ''}`;
  if (!names.trim()) return null;
  for (const [pattern, reason] of BY_NAME) if (pattern.test(names)) return reason;
  return null;
}

/**
 * Parts that are never the article even when they sit inside its container,
 * where Readability keeps them (a class like "article-comments" reads to it
 * as article): removed from what it extracted.
 */
export const NEVER_ARTICLE = new Set<DropReason>(['comments', 'cookie-notice', 'newsletter', 'share', 'related-stories', 'advertisement', 'not-article']);
