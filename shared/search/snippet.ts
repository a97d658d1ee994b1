// A search result's snippet as structured data: the text and where the
// matched words are in it (found by shared/search/highlight.ts). The renderer
// wraps those ranges in <mark> by building elements, never by parsing HTML,
// so nothing in an article's text can become markup.
import { z } from 'zod';
import { deferred } from '../zod/deferred';

export const Snippet = deferred(() => z
  .object({
    text: z.string().max(2000),
    /** [start, end) offsets into text, in order, not overlapping. */
    highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).max(200),
  })
  .strict());
export type Snippet = z.infer<typeof Snippet>;
