// Plain text on the clipboard becomes paragraphs. Text with blank lines is
// split at the blank lines (single newlines inside are hard wrapping, e.g. from
// an email); text without blank lines has one paragraph per line.
import { Fragment, Slice, type ResolvedPos } from 'prosemirror-model';
import { nodes } from '../schema-types';
import { removeUnstorableChars } from '../../../../shared/limits';

export function textToParagraphs(text: string): string[] {
  const normalized = removeUnstorableChars(text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' '));
  const chunks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n+/) : normalized.split('\n');
  return chunks.map((chunk) => chunk.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim()).filter((chunk) => chunk.length > 0);
}

export function plainTextToSlice(text: string, $context: ResolvedPos): Slice {
  const paragraphs = textToParagraphs(text);
  if (paragraphs.length === 0) return Slice.empty;
  // An attribution is one plain line: join everything into it.
  if ($context.parent.type === nodes.attribution) {
    return new Slice(Fragment.from(nodes.text.schema.text(paragraphs.join(' '))), 0, 0);
  }
  const blocks = paragraphs.map((p) => nodes.paragraph.create(null, nodes.text.schema.text(p)));
  // Open at both ends: the first and last lines join the paragraph the cursor is in.
  return new Slice(Fragment.from(blocks), 1, 1);
}
