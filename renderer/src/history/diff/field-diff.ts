// The article's own fields compared between two versions (or a version and
// the article now): the words of the single-line fields and the standfirst,
// the status, the section, and which tags came and went.
import type { ComparedFields } from '../../../../shared/history/article-text';
import { wordParts, type TextPart } from './text-parts';

export interface FieldChange {
  label: string;
  parts: TextPart[];
}

const TEXT_FIELDS: Array<[keyof ComparedFields, string]> = [
  ['headline', 'Headline'],
  ['standfirst', 'Standfirst'],
  ['byline', 'Byline'],
  ['dateline', 'Dateline'],
  ['section', 'Section'],
];

/** Only what differs, in the order the fields sit above the body. */
export function diffFields(before: ComparedFields, after: ComparedFields): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, label] of TEXT_FIELDS) {
    const a = before[field] as string;
    const b = after[field] as string;
    if (a !== b) out.push({ label, parts: wordParts(a, b) });
  }
  if (before.status !== after.status) {
    out.push({ label: 'Status', parts: [{ value: before.status, kind: 'del' }, { value: ' → ', kind: 'same' }, { value: after.status, kind: 'ins' }] });
  }
  const gone = before.tags.filter((t) => !after.tags.includes(t));
  const came = after.tags.filter((t) => !before.tags.includes(t));
  if (gone.length || came.length) {
    const parts: TextPart[] = [];
    for (const tag of gone) parts.push({ value: tag, kind: 'del' }, { value: ' ', kind: 'same' });
    for (const tag of came) parts.push({ value: tag, kind: 'ins' }, { value: ' ', kind: 'same' });
    out.push({ label: 'Tags', parts: parts.slice(0, -1) });
  }
  return out;
}

