// Words a save could not store are kept in localStorage until a save does, so
// that a renderer crash (or the whole app dying) while saves are failing — a
// locked database, a full disk, a conflict left unresolved — does not take
// them with it. localStorage lives in the browser profile on disk, outside
// the renderer process and outside the SQLite file that is refusing writes.
// What is read back is untrusted: it is parsed against the article's own field
// and body rules, and anything that does not parse is dropped.
import { z } from 'zod';
import { ArticleId, articleFieldShapes, IsoTime } from '../../../../shared/article/fields';
import { HeaderValues } from '../../../../shared/article/header';

const PREFIX = 'copydesk:rescue:';

export const RescueDraft = z.object({
  articleId: ArticleId,
  /** The stored revision the unsaved changes were made on: restoring saves onto it, so a newer stored version shows as a conflict. */
  baseRevision: z.number().int().nonnegative(),
  keptAt: IsoTime,
  fields: z.object({
    headline: articleFieldShapes.headline,
    standfirst: articleFieldShapes.standfirst,
    byline: articleFieldShapes.byline,
    dateline: articleFieldShapes.dateline,
    // The metadata row's fields (issue 15); copies kept before it have none.
    status: articleFieldShapes.status.optional(),
    section: articleFieldShapes.section.optional(),
    tags: articleFieldShapes.tags.optional(),
  }),
  body: articleFieldShapes.body,
});
export type RescueDraft = z.infer<typeof RescueDraft>;

/** Keeps the draft; false when storage refused it (full, or switched off). */
export function keepRescue(draft: RescueDraft, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(PREFIX + draft.articleId, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The kept draft for an article, or null; a damaged entry is removed. */
export function readRescue(articleId: string, storage: Storage = localStorage): RescueDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(PREFIX + articleId);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = RescueDraft.safeParse(json);
  if (parsed.success && parsed.data.articleId === articleId) return parsed.data;
  clearRescue(articleId, storage);
  return null;
}

export function clearRescue(articleId: string, storage: Storage = localStorage): void {
  try {
    storage.removeItem(PREFIX + articleId);
  } catch {
    // Storage switched off: there is nothing kept to clear.
  }
}

/** The articles that have a draft kept (the list asks main which of them still exist). */
export function keptRescueIds(storage: Storage = localStorage): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
  } catch {
    // Storage switched off: nothing was kept.
  }
  return ids;
}

/**
 * Drops drafts kept for articles that no longer exist (deleted from the CLI,
 * say), and answers which of the existing ones have a draft kept.
 */
export function pruneRescues(existingIds: ReadonlySet<string>, storage: Storage = localStorage): Set<string> {
  const kept = new Set<string>();
  try {
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const id = key.slice(PREFIX.length);
      if (existingIds.has(id)) kept.add(id);
      else stale.push(key);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    // Storage switched off: nothing was kept.
  }
  return kept;
}
