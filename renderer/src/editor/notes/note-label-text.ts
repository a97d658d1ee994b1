// What the label before an editorial note says: "NOTE · JB · 09:12" to see at a
// glance (today's notes by time, older ones by date), and a whole sentence for
// a screen reader ("Editorial note by JB, 3 December 2026 at 09:12:"). A note
// made before notes had authors and times says just "NOTE".
import type { NoteAttrs } from '../../../../shared/article/note-mark';

export interface NoteLabelText {
  /** Shown, in small capitals, before the note. */
  visible: string;
  /** Read by screen readers instead. */
  spoken: string;
  /** The full time, for a tooltip ('' when unknown). */
  full: string;
  /** For the status bar: "Note by JB, 09:12". */
  short: string;
}

export function noteLabelText(attrs: NoteAttrs, now: Date, locale?: string): NoteLabelText {
  const at = attrs.at ? new Date(attrs.at) : null;
  const when = at && Number.isFinite(at.getTime()) ? at : null;
  const time = when ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(when) : '';
  const sameDay = when && when.toDateString() === now.toDateString();
  const sameYear = when && when.getFullYear() === now.getFullYear();
  const day = when && !sameDay ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(when) : '';
  const full = when ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(when) : '';
  const visible = ['Note', attrs.author, day ? `${day} ${time}` : time].filter(Boolean).join(' · ');
  const by = attrs.author ? ` by ${attrs.author}` : '';
  const stamp = day ? `${day} ${time}` : time;
  return { visible, spoken: `Editorial note${by}${full ? `, ${full}` : ''}:`, full, short: `Note${by}${stamp ? `, ${stamp}` : ''}` };
}
