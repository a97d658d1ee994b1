// A single line of text compared word by word (the `diff` library): what the
// History panel shows for a changed headline, byline or photo caption.
import { diffWordsWithSpace } from 'diff';

export interface TextPart {
  value: string;
  kind: 'same' | 'ins' | 'del';
}

export function wordParts(before: string, after: string): TextPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({ value: part.value, kind: part.added ? 'ins' : part.removed ? 'del' : 'same' }));
}
