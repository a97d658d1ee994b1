// What the preview pane needs from main besides the article being edited: the
// publication settings and the other articles for "More from". Zod schemas so
// the IPC contract can check it.
import { z } from 'zod';
import { ArticleId, ArticleStatus } from '../article/fields';
import { PublicationSettings } from '../settings/publication';

export const RelatedArticleSchema = z
  .object({
    id: ArticleId,
    headline: z.string(),
    slug: z.string(),
    status: ArticleStatus,
    section: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export const PreviewContext = z.object({ settings: PublicationSettings, related: z.array(RelatedArticleSchema) }).strict();
export type PreviewContext = z.output<typeof PreviewContext>;
