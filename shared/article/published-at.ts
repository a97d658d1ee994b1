// When an article was first published: the rule both processes apply.
// The store stamps it on the save that first makes the status "published"
// (article-store.ts, in its UPDATE for saves that do not say); the editor
// stamps it itself at that moment, so the preview dates the page at once and
// the save carries the same time. After that it only changes when someone
// corrects it; unpublishing keeps it (it was published then).
import type { ArticleStatus } from './fields';

export function stampPublishedAt(status: ArticleStatus, publishedAt: string | null, now: string): string | null {
  return status === 'published' && publishedAt === null ? now : publishedAt;
}
