// Settings of the person at this computer (migration 017), as opposed to the
// publication's: the initials put on the editorial notes they make. Shared so
// the store, the IPC contract and the settings dialog check the same shape.
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { NOTE_AUTHOR_MAX } from '../article/note-mark';

/** Letters (any script), full stops, hyphens and apostrophes: "JB", "M.-L.K.", "DO'C". */
const INITIALS = /^[\p{L}\p{M}.'’-]*$/u;

export const NoteInitials = deferred(() => z
  .string({ error: 'initials must be text' })
  .trim()
  .max(NOTE_AUTHOR_MAX, `initials are at most ${NOTE_AUTHOR_MAX} characters, such as JB`)
  .refine((s) => INITIALS.test(s), 'initials may hold only letters, full stops, hyphens and apostrophes, such as JB or M.-L.K.'));

export const UserSettings = deferred(() => z.object({ noteInitials: NoteInitials }).strict());
export type UserSettings = z.output<typeof UserSettings>;

export const DEFAULT_USER_SETTINGS: UserSettings = { noteInitials: '' };

/**
 * The initials a byline suggests ("By Jane Doe, Political Editor" → "JD"): the
 * first writer's name, up to its first comma, "and", "&", "|" or " in ", one
 * letter per capitalised word, at most three. '' when there is no name.
 */
export function initialsOf(byline: string): string {
  const name = byline
    .replace(/^\s*by\s+/i, '')
    .split(/,|\||&|\s+and\s+|\s+in\s+|\s+[-–—]\s+/i)[0]!
    .trim();
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return (capitalised.length ? capitalised : words)
    .slice(0, 3)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/** Who a new note is by: the initials set here, else the byline's, else nobody (a note is never held up for want of a name). */
export function noteAuthor(settings: UserSettings | null, byline: string): string {
  return settings?.noteInitials || initialsOf(byline).slice(0, NOTE_AUTHOR_MAX);
}
