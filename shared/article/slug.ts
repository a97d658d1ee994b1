// URL- and file-name-safe slug from a headline: "Syria Talks Stall: ‘Grave’" → "syria-talks-stall-grave".
export function slugify(headline: string, fallback = 'untitled'): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}
