// A photo's own data and its credit line: one definition for the editor's
// photo view, the published layout, export and import.
import type { Node } from 'prosemirror-model';
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { Sha256 } from '../assets/assets';

export const PhotoAttrs = deferred(() => z
  .object({
    /** sha256 of the image bytes, or null for a credit with no image yet. */
    asset: Sha256.nullable(),
    alt: z.string(),
    caption: z.string(),
    photographer: z.string(),
    agency: z.string(),
  })
  .strict());
export type PhotoAttrs = z.infer<typeof PhotoAttrs>;

export const EMPTY_PHOTO: PhotoAttrs = { asset: null, alt: '', caption: '', photographer: '', agency: '' };

export function photoAttrs(node: Node): PhotoAttrs {
  const a = node.attrs;
  return {
    asset: (a.asset as string | null) ?? null,
    alt: String(a.alt ?? ''),
    caption: String(a.caption ?? ''),
    photographer: String(a.photographer ?? ''),
    agency: String(a.agency ?? ''),
  };
}

/**
 * The credit line under a photo. Wire-style "Photo by NAME/AGENCY" when both
 * are known; with only a photographer "Photo by NAME"; with only an agency
 * "Photo: AGENCY" (an agency did not take the picture, so "by" would be wrong);
 * otherwise nothing.
 */
export function photoCredit(photographer: string, agency: string): string {
  const who = photographer.trim();
  const from = agency.trim();
  if (who && from) return `Photo by ${who}/${from}`;
  if (who) return `Photo by ${who}`;
  if (from) return `Photo: ${from}`;
  return '';
}
