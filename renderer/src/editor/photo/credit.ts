// The credit line under a photo, worded as export words it (shared/render):
// "Photo by NAME/AGENCY", "Photo by NAME", "Photo: AGENCY" (an agency did not
// take the picture, so "by" would be wrong), or nothing.
export function photoCredit(photographer: string, agency: string): string {
  const who = photographer.trim();
  const from = agency.trim();
  if (who && from) return `Photo by ${who}/${from}`;
  if (who) return `Photo by ${who}`;
  if (from) return `Photo: ${from}`;
  return '';
}

export interface PhotoWarning {
  field: 'alt' | 'credit' | 'image';
  message: string;
}

/** What is missing before the photo can be published; warnings, never blockers. */
export function photoWarnings(attrs: { asset: string | null; alt: string; photographer: string; agency: string }): PhotoWarning[] {
  const warnings: PhotoWarning[] = [];
  if (!attrs.asset) warnings.push({ field: 'image', message: 'No image yet' });
  if (!attrs.alt.trim()) warnings.push({ field: 'alt', message: 'Alt text missing — describe the picture for readers who cannot see it' });
  if (!attrs.photographer.trim() && !attrs.agency.trim()) warnings.push({ field: 'credit', message: 'Credit missing — add the photographer or agency' });
  return warnings;
}
