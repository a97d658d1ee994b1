// The article's own fields and the interchange JSON the CLI prints and accepts.
import { z } from 'zod';
import { checkBody } from './body';

// "missing" and "wrong type" are different mistakes; say which one it is.
const fieldError = (name: string, kind: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `missing required field "${name}"` : `${name} must be ${kind}`,
});

export const ARTICLE_STATUSES = ['draft', 'editing', 'ready', 'published'] as const;
export const ArticleStatus = z.enum(ARTICLE_STATUSES, fieldError('status', `one of ${ARTICLE_STATUSES.join(', ')}`));
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const ArticleId = z.string().regex(/^[0-9a-f-]{36}$/, 'an article id is a 36-character UUID');

// A single line of plain text: newlines in a headline or byline are always a
// paste accident, and they would break exports and the list view.
const line = (name: string, max: number) =>
  z
    .string(fieldError(name, 'text'))
    .max(max, `${name} is longer than ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), `${name} must be a single line`);

/** A ProseMirror body, checked against the shared schema. */
export const Body = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'missing required field "body"' });
      return;
    }
    const problem = checkBody(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value as BodyJSON);

export const articleFieldShapes = {
  headline: line('headline', 500),
  standfirst: z.string(fieldError('standfirst', 'text')).max(2000, 'standfirst is longer than 2000 characters'),
  byline: line('byline', 300),
  dateline: line('dateline', 200),
  section: line('section', 100),
  tags: z.array(line('tag', 100), fieldError('tags', 'a list of text')).max(100, 'more than 100 tags'),
  status: ArticleStatus,
  body: Body,
};

/** Everything a journalist edits. */
export const ArticleFields = z.object(articleFieldShapes).strict();
export type ArticleFields = z.infer<typeof ArticleFields>;

/** A change to some of the fields. */
export const ArticleChanges = ArticleFields.partial();
export type ArticleChanges = Partial<ArticleFields>;

export const IsoTime = z.iso.datetime({ offset: true });

export const Article = z
  .object({
    id: ArticleId,
    ...articleFieldShapes,
    revision: z.number().int().nonnegative(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  })
  .strict();
export type Article = z.infer<typeof Article>;

/**
 * Interchange input: `show --json` output fed straight back. The store owns
 * id, revision and timestamps, so they are accepted and ignored.
 */
export const InterchangeInput = z
  .object({
    ...articleFieldShapes,
    id: z.unknown().optional(),
    revision: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();

export function interchangeToFields(input: z.infer<typeof InterchangeInput>): ArticleFields {
  const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = input;
  return fields;
}

export const ArticleSummary = z
  .object({
    id: ArticleId,
    headline: z.string(),
    status: ArticleStatus,
    section: z.string(),
    wordCount: z.number().int().nonnegative(),
    revision: z.number().int().nonnegative(),
    updatedAt: IsoTime,
  })
  .strict();
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** ProseMirror doc JSON as stored; only ever produced by checkBody-approved data. */
export interface BodyJSON {
  type: 'doc';
  content: unknown[];
}

export const EMPTY_BODY: BodyJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

export function emptyFields(): ArticleFields {
  return {
    headline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    section: '',
    tags: [],
    status: 'draft',
    body: { type: "doc", content: [{ type: "paragraph" }] },
  };
}
