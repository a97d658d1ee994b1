// What a version of an article is, as main and the renderer exchange it
// (migration 008 stores it). A version holds the whole article as it was;
// its `number` counts from 1 per article and is what people name it by.
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { ArticleId, IsoTime, articleFieldShapes } from '../article/fields';
import { LIMITS } from '../limits';

/**
 * Why a version was taken. `autosave` versions are the automatic ones (while
 * editing, at most one per 5 minutes, and on closing an article): only they are
 * ever thinned. The rest are events someone will ask about and are kept.
 */
export const VERSION_REASONS = ['created', 'import', 'autosave', 'manual', 'status', 'before-restore', 'restore', 'spike'] as const;
export const VersionReason = deferred(() => z.enum(VERSION_REASONS));
export type VersionReason = z.infer<typeof VersionReason>;

/** What each reason is called on screen and in `copydesk history`. */
export const REASON_LABELS: Record<VersionReason, string> = {
  created: 'Created',
  import: 'Imported',
  autosave: 'Automatic',
  manual: 'Saved version',
  status: 'Status changed',
  'before-restore': 'Before a restore',
  restore: 'Restored',
  spike: 'Spiked',
};

export const VersionNumber = deferred(() => z.number().int().positive());

/** A Save Version name: one line, like a headline, and short. */
export const VersionName = deferred(() => articleFieldShapes.headline
  .transform((name) => name.trim())
  .pipe(z.string().max(LIMITS.versionName, `a version name is at most ${LIMITS.versionName} characters`)));

/** One line of the History list: no body. */
export const VersionSummary = deferred(() => z
  .object({
    number: VersionNumber,
    revision: z.number().int().positive(),
    createdAt: IsoTime,
    reason: VersionReason,
    name: z.string().nullable(),
    /** For a `restore` version: the version it brought back. */
    restoredFrom: VersionNumber.nullable(),
    wordCount: z.number().int().nonnegative(),
  })
  .strict());
export type VersionSummary = z.infer<typeof VersionSummary>;

/** A whole version: its summary and the article's fields and body as they were. */
export const Version = deferred(() => VersionSummary.extend({
  articleId: ArticleId,
  headline: z.string(),
  standfirst: z.string(),
  byline: z.string(),
  dateline: z.string(),
  section: z.string(),
  tags: z.array(z.string()),
  status: articleFieldShapes.status,
  body: articleFieldShapes.body,
}).strict());
export type Version = z.infer<typeof Version>;

export const MAX_VERSION_PAGE = 200;

export const ListVersionsRequest = deferred(() => z
  .object({
    id: ArticleId,
    limit: z.number().int().min(1).max(MAX_VERSION_PAGE).optional(),
    /** Keyset: versions numbered below this one (the page after one ending there). */
    before: VersionNumber.optional(),
  })
  .strict());
export type ListVersionsRequest = z.infer<typeof ListVersionsRequest>;

export const VersionPage = deferred(() => z
  .object({
    items: z.array(VersionSummary),
    /** Pass as `before` for the next (older) page; null at the first version. */
    nextBefore: VersionNumber.nullable(),
  })
  .strict());
export type VersionPage = z.infer<typeof VersionPage>;

/** The fields a restore brings back: the words. Status, section and tags are the desk's workflow and stay as they are. */
export const RESTORED_FIELDS = ['headline', 'standfirst', 'byline', 'dateline', 'body'] as const;
