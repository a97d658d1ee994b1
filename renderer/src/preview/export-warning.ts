// What Export HTML and Copy HTML tell the journalist before the copy leaves —
// open spelling flags, editorial notes still in the body — as one line after
// their own message. A warning only: the copy leaves all the same.
import type { Node } from 'prosemirror-model';
import { openNotesNotice } from '../../../shared/article/notes';

export function exportWarning(checks: { getSnapshot(): { flags: readonly { kind: string }[] } } | null, session: { doc: Node } | null): string | null {
  const notices = [checks ? openSpellingNotice(checks.getSnapshot().flags) : null, session ? openNotesNotice(session.doc) : null].filter((n): n is string => n !== null);
  return notices.length ? notices.join(' ') : null;
}

/** The spelling flags of the last check still open (View → Checks). */
function openSpellingNotice(flags: readonly { kind: string }[]): string | null {
  const n = flags.filter((f) => f.kind === 'spelling').length;
  return n ? `Note: ${n} spelling flag${n === 1 ? ' is' : 's are'} still open (View → Checks).` : null;
}
