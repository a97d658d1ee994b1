// The article's own fields and the interchange JSON the CLI prints and accepts.
import { z } from 'zod';
import { checkBody } from './body';
import { LIMITS, firstUnstorableChar, groupThousands, unstorableCharMessage } from '../limits';
import { DIALECTS } from '../checks/dialect';
import { deferred } from '../zod/deferred';

// "missing" and "wrong type" are different mistakes; say which one it is.
const fieldError = (name: string, kind: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `missing required field "${name}"` : `${name} must be ${kind}`,
});

export const ARTICLE_STATUSES = ['draft', 'editing', 'ready', 'published'] as const;
export const ArticleStatus = deferred(() => z.enum(ARTICLE_STATUSES, fieldError('status', `one of ${ARTICLE_STATUSES.join(', ')}`)));
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const ArticleId = deferred(() => z.string().regex(/^[0-9a-f-]{36}$/, 'an article id is a 36-character UUID'));

// A single line of plain text: newlines in a headline or byline are always a
// paste accident, and they would break exports and the list view.
const line = (name: string, max: number) => storable(name, max).refine((s) => !/[\r\n]/.test(s), `${name} must be a single line`);

/** Text within its limit and free of characters that cannot be stored (shared/limits.ts). */
export const storable = (name: string, max: number) =>
  z
    .string(fieldError(name, 'text'))
    .max(max, `${name} is longer than ${max} characters`)
    .superRefine((s, ctx) => {
      const bad = firstUnstorableChar(s);
      if (bad) ctx.addIssue({ code: 'custom', message: unstorableCharMessage(name, bad) });
    });

/** A ProseMirror body, checked against the shared schema. */
export const Body = deferred(() =>
  z
  .unknown()
  .superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'missing required field "body"' });
      return;
    }
    const problem = checkBody(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value as BodyJSON),
);

export const IsoTime = deferred(() => z.iso.datetime({ offset: true }));

/**
 * When the article was first published, or null while it never was. The store
 * sets it on the save that first makes the status "published"; anyone may
 * correct it (interchange JSON, copydesk set --published-at).
 */
const PUBLISHED_AT_MESSAGE = 'publishedAt must be a date and time such as 2026-12-01T09:30:00Z, or null';
export const PublishedAt = deferred(() => z.union([z.iso.datetime({ offset: true, error: PUBLISHED_AT_MESSAGE }), z.null()], { error: PUBLISHED_AT_MESSAGE }));

/** The length the desk assigned, in words, or null for none (shared/article/length-target.ts). */
export const MAX_TARGET_WORDS = 100_000;
const TARGET_MESSAGE = `targetWords must be a whole number of words from 1 to ${groupThousands(MAX_TARGET_WORDS)}, or null for no target`;
export const TargetWords = deferred(() => z.union([z.number({ error: TARGET_MESSAGE }).int(TARGET_MESSAGE).min(1, TARGET_MESSAGE).max(MAX_TARGET_WORDS, TARGET_MESSAGE), z.null()], { error: TARGET_MESSAGE }));

/** The article's own spelling dialect, or '' for the publication's (shared/checks/dialect.ts). */
const DIALECT_MESSAGE = `dialect must be one of ${DIALECTS.join(', ')}, or "" for the publication's`;
export const ArticleDialect = deferred(() => z.enum(['', ...DIALECTS], { error: DIALECT_MESSAGE }));
export type ArticleDialect = z.infer<typeof ArticleDialect>;

export const articleFieldShapes = {
  headline: deferred(() => line('headline', LIMITS.headline)),
  standfirst: deferred(() => storable('standfirst', LIMITS.standfirst)),
  byline: deferred(() => line('byline', LIMITS.byline)),
  dateline: deferred(() => line('dateline', LIMITS.dateline)),
  section: deferred(() => line('section', LIMITS.section)),
  tags: deferred(() => z.array(line('tag', LIMITS.tag), fieldError('tags', 'a list of text')).max(LIMITS.tags, `more than ${LIMITS.tags} tags`)),
  status: ArticleStatus,
  publishedAt: PublishedAt,
  // Optional, so files and callers from before migration 012 stay valid; absent means none.
  targetWords: deferred(() => TargetWords.optional()),
  dialect: deferred(() => ArticleDialect.optional()),
  body: Body,
};

/** Everything a journalist edits. */
export const ArticleFields = deferred(() => z.object(articleFieldShapes).strict());
export type ArticleFields = z.infer<typeof ArticleFields>;

/** A change to some of the fields. */
export const ArticleChanges = deferred(() => ArticleFields.partial());
export type ArticleChanges = Partial<ArticleFields>;

export const Article = deferred(() =>
  z
  .object({
    id: ArticleId,
    ...articleFieldShapes,
    revision: z.number().int().nonnegative(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  })
  .strict(),
);
export type Article = z.infer<typeof Article>;

/** The article's stored fields other than the body (what the renderer keeps of it once the editor has the document). */
export type ArticleMeta = Omit<Article, 'body'>;

/**
 * Interchange input: `show --json` output fed straight back. The store owns
 * id, revision and timestamps, so they are accepted and ignored.
 */
export const InterchangeInput = deferred(() =>
  z
  .object({
    ...articleFieldShapes,
    // Files written before publishedAt existed have none: they read as never published.
    publishedAt: PublishedAt.optional(),
    id: z.unknown().optional(),
    revision: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict(),
);

export function interchangeToFields(input: z.infer<typeof InterchangeInput>): ArticleFields {
  const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, publishedAt, ...fields } = input;
  return { ...fields, publishedAt: publishedAt ?? null };
}

export const ArticleSummary = deferred(() =>
  z
  .object({
    id: ArticleId,
    headline: z.string(),
    status: ArticleStatus,
    section: z.string(),
    wordCount: z.number().int().nonnegative(),
    revision: z.number().int().nonnegative(),
    updatedAt: IsoTime,
  })
  .strict(),
);
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A save's answer: the article's new list row (the list updates it in place). */
export const SaveAck = ArticleSummary;
export type SaveAck = ArticleSummary;

/** ProseMirror doc JSON as stored; only ever produced by checkBody-approved data. */
export interface BodyJSON {
  type: 'doc';
  content: unknown[];
}

export function emptyFields(): ArticleFields {
  return {
    headline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    section: '',
    tags: [],
    status: 'draft',
    publishedAt: null,
    body: { type: "doc", content: [{ type: "paragraph" }] },
  };
}
