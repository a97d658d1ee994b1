// Plain text as a body: paragraphs at blank lines, line breaks within them,
// characters that cannot be stored removed, and runs longer than the limit
// split — so any text, however it was kept, becomes a body the schema accepts.
// Used to recover a damaged article's words from its stored plain text.
import type { BodyJSON } from './fields';
import { LIMITS, removeUnstorableChars } from '../limits';

export function bodyFromPlainText(text: string): BodyJSON {
  const clean = removeUnstorableChars(text.slice(0, LIMITS.bodyChars - 1));
  const content: unknown[] = [];
  for (const block of clean.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim().length > 0);
    if (lines.length === 0) continue;
    const inline: unknown[] = [];
    lines.forEach((line, i) => {
      if (i > 0) inline.push({ type: 'hard_break' });
      for (let at = 0; at < line.length; at += LIMITS.textChars) inline.push({ type: 'text', text: line.slice(at, at + LIMITS.textChars) });
    });
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
