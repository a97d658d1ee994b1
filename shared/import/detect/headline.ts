// A headline is one line, and a short one: a first "line" of several hundred
// characters is a paragraph pasted without line breaks, and stays copy (the
// article's headline field would refuse it anyway).
export const MAX_HEADLINE = 300;

export function headlineFrom(text: string): string | null {
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line && line.length <= MAX_HEADLINE ? line : null;
}
