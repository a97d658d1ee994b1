// What the review panel and `copydesk import --json` show: every recognized
// part with the id of the classification that made it, so each can be undone.
import { z } from 'zod';
import { DropReason, LeftOutPicture, SourceFormat } from './analysis';

const Recognized = z.object({ id: z.string(), value: z.string() }).strict();

export const ImportSummary = z
  .object({
    format: SourceFormat,
    headline: Recognized.nullable(),
    byline: Recognized.nullable(),
    dateline: Recognized.nullable(),
    standfirst: Recognized.nullable(),
    section: Recognized.nullable(),
    /** Top-level body paragraphs (not those inside quotes or lists). */
    paragraphs: z.number().int().nonnegative(),
    headings: z.number().int().nonnegative(),
    lists: z.number().int().nonnegative(),
    quotes: z.array(
      z
        .object({
          id: z.string(),
          paragraphs: z.number().int().positive(),
          excerpt: z.string(),
          /** Empty when nobody was named; attributionId undoes just the attribution. */
          attribution: z.string(),
          attributionId: z.string().nullable(),
        })
        .strict(),
    ),
    photos: z.array(
      z
        .object({
          id: z.string(),
          photographer: z.string(),
          agency: z.string(),
          caption: z.string(),
          lead: z.boolean(),
          hasImage: z.boolean(),
        })
        .strict(),
    ),
    /**
     * What was left out: a "line" is furniture found in the copy (a share
     * prompt, "Advertisement"); a "part" is a whole part of a web page the
     * article leaves out (a comment thread, a sidebar), several lines long.
     */
    dropped: z.array(z.object({ id: z.string(), reason: DropReason, text: z.string(), kind: z.enum(['line', 'part']) }).strict()),
    /** Words in the body as assembled. */
    words: z.number().int().nonnegative(),
    picturesLeftOut: z.array(LeftOutPicture),
    /** Sentences the journalist should read before keeping (a tiny body, how the article was found). */
    warnings: z.array(z.string()),
    /** Classifications the journalist undid, so the panel can offer them back. */
    undone: z.array(z.object({ id: z.string(), label: z.string() }).strict()),
  })
  .strict();
export type ImportSummary = z.infer<typeof ImportSummary>;

export const DROP_REASON_LABELS: Record<DropReason, string> = {
  share: 'share line',
  'more-from': '"More from" link',
  advertisement: 'advertisement marker',
  related: '"Related" link',
  'read-more': '"Read more" link',
  copyright: 'copyright footer',
  'end-mark': 'end mark',
  'media-contact': 'media contact',
  'release-label': 'release label',
  social: 'social media prompt',
  'page-chrome': 'page navigation',
  comments: 'reader comments',
  sidebar: 'sidebar',
  'related-stories': 'related stories',
  newsletter: 'newsletter sign-up',
  'cookie-notice': 'cookie notice',
  'not-article': 'not part of the article',
  timestamp: 'publication date',
};
