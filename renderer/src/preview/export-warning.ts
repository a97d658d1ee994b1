// What Export HTML and Copy HTML tell the journalist before the copy leaves —
// open spelling flags, editorial notes still in the body — as one line after
// their own message. A warning only: the copy leaves all the same.
import type { Node } from 'prosemirror-model';
import { openNotesNotice } from '../../../shared/article/notes';

export function exportWarning(checks: { openSpellingNotice(): string | null } | null, session: { doc: Node } | null): string | null {
  const notices = [checks?.openSpellingNotice() ?? null, session ? openNotesNotice(session.doc) : null].filter((n): n is string => n !== null);
  return notices.length ? notices.join(' ') : null;
}
