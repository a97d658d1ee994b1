// What the photo view says under a photo: the shared credit line, and what is
// still missing before it can be published.
export { photoCredit } from '../../../../shared/article/photo';

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
