// The dates a newsroom means, as a reader of the publication expects them.
// A page is dated when the article was first published (publishedAt); one
// never published (a draft's preview or export) by when it was started, which
// does not move while it is written. "Updated"
// appears only when the article changed after publication; within the minute
// of publishing (the save that published it, a trailing autosave) it has not.
import type { Article } from '../article/fields';

const SAME_MINUTE_MS = 60_000;

export interface PageDates {
  /** What the page and JSON-LD call datePublished. */
  published: string;
  /** dateModified worth telling a reader about, or null. */
  updated: string | null;
}

export function pageDates(article: Pick<Article, 'publishedAt' | 'createdAt' | 'updatedAt'>): PageDates {
  const { publishedAt, createdAt, updatedAt } = article;
  if (!publishedAt) return { published: createdAt, updated: null };
  const later = Date.parse(updatedAt) - Date.parse(publishedAt) >= SAME_MINUTE_MS;
  return { published: publishedAt, updated: later ? updatedAt : null };
}

/** The zone pages print times in: the publication's, else the one given (this computer's), else UTC. */
export function pageTimeZone(settingsZone: string, fallback: string | undefined): string {
  return settingsZone || fallback || 'UTC';
}

/** "December 1, 2026 at 9:30 AM GMT" in the publication's locale and zone. */
export function formatDateTime(iso: string, locale: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const style = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone }).format(date);
  } catch {
    // An unknown zone or locale must not break the page: fall back to UTC, English.
    return new Intl.DateTimeFormat('en', { ...style, timeZone: 'UTC' }).format(date);
  }
}

/** Whether the platform knows this IANA zone name (Europe/London, America/New_York). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
