// The `note` mark's attributes: who made an editorial note (their initials)
// and when (an ISO 8601 time). Both default to '' so every note made before
// they existed — `{"type":"note"}` in a stored body or an interchange file —
// still loads as it is, a note by nobody in particular at no known time.
// Two notes side by side by different people stay two notes: ProseMirror
// joins adjacent text only when its marks are equal, attributes included.
import type { MarkSpec } from 'prosemirror-model';
import { firstUnstorableChar } from '../limits';

/** Room for initials ("JB", "M.v.d.B.") and no more: a note is not a signature. */
export const NOTE_AUTHOR_MAX = 12;

/** ISO 8601 date and time, in UTC (what toISOString writes) or with an offset from another system. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface NoteAttrs {
  /** The initials of whoever made the note; '' when not known. */
  author: string;
  /** When it was made, ISO 8601; '' when not known. */
  at: string;
}

export function isNoteAuthor(value: unknown): value is string {
  return typeof value === 'string' && value.length <= NOTE_AUTHOR_MAX && !/[\r\n\t]/.test(value) && firstUnstorableChar(value) === null;
}

export function isNoteTime(value: unknown): value is string {
  return value === '' || (typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value)));
}

function validateAuthor(value: unknown): void {
  if (!isNoteAuthor(value)) throw new RangeError(`a note's author must be initials of at most ${NOTE_AUTHOR_MAX} characters on one line`);
}

function validateTime(value: unknown): void {
  if (!isNoteTime(value)) throw new RangeError("a note's time must be empty or an ISO 8601 date and time such as 2026-12-03T09:12:00.000Z");
}

type Attributes = { getAttribute(name: string): string | null };

/** What a pasted or parsed `<span class="editorial-note">` says of its note; attributes that do not read right are dropped, not the note. */
export function noteAttrsFromDOM(dom: Attributes): NoteAttrs {
  const author = dom.getAttribute('data-note-author') ?? '';
  const at = dom.getAttribute('data-note-at') ?? '';
  return { author: isNoteAuthor(author) ? author : '', at: isNoteTime(at) ? at : '' };
}

export const noteMarkSpec: MarkSpec = {
  attrs: { author: { default: '', validate: validateAuthor }, at: { default: '', validate: validateTime } },
  inclusive: false,
  parseDOM: [{ tag: 'span.editorial-note', getAttrs: (dom) => noteAttrsFromDOM(dom as unknown as Attributes) }],
  toDOM: (mark) => {
    const { author, at } = mark.attrs as NoteAttrs;
    return ['span', { class: 'editorial-note', 'data-note': '', ...(author ? { 'data-note-author': author } : {}), ...(at ? { 'data-note-at': at } : {}) }, 0];
  },
};
