// After main reloads a window whose renderer died (electron/main/shell/
// renderer-recovery.ts), the page says what happened and reopens the article
// that was open. The open article's id is kept in sessionStorage, which
// belongs to the window and outlives its renderer process.
import { parseRecoveryHash, type RecoveryReason } from '../../../shared/recovery/recovery';

const OPEN_ARTICLE_KEY = 'copydesk:open-article';

export interface Recovery {
  reason: RecoveryReason;
  /** The article open when the window died, if any. */
  articleId: string | null;
}

/** Remembers which article is open, for a reload after a crash. */
export function rememberOpenArticle(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(OPEN_ARTICLE_KEY, id);
    else sessionStorage.removeItem(OPEN_ARTICLE_KEY);
  } catch {
    // Storage refused (it never is in the app): a recovery then opens no article, nothing worse.
  }
}

/**
 * Reads, once at startup, whether this load is a recovery; clears the marker so
 * a later reload by hand is not announced as another crash.
 */
export function takeRecovery(): Recovery | null {
  const reason = parseRecoveryHash(location.hash);
  if (!reason) return null;
  history.replaceState(null, '', location.pathname + location.search);
  let articleId: string | null = null;
  try {
    articleId = sessionStorage.getItem(OPEN_ARTICLE_KEY);
  } catch {
    articleId = null;
  }
  return { reason, articleId };
}
