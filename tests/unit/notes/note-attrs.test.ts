// Issue 18 part 5: who made an editorial note and when. The note mark's
// attributes round-trip through JSON and the DOM (paste, clipboard), notes
// stored before they existed load unchanged, bad ones are refused with a
// sentence, two colleagues' notes side by side stay two notes, and the open
// notes are counted for Export's and Copy HTML's warning.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { DOMParser as PMDOMParser, DOMSerializer } from 'prosemirror-model';
import { bodyFromJSON, checkBody, plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { checkedText, countNotes, notesIn, openNotesNotice, publishedText } from '../../../shared/article/notes';
import { schema } from '../../../shared/article/schema';
import { initialsOf, noteAuthor, UserSettings } from '../../../shared/settings/user';
import { articleLines } from '../../../shared/history/article-text';
import { seedArticle } from '../../fixtures/render/seed-article';
import { doc, p, strong } from '../../support/docs';

const AT = '2026-12-03T09:12:00.000Z';
const note = (text: string, attrs?: Record<string, unknown>) => ({ type: 'text', text, marks: [attrs ? { type: 'note', attrs } : { type: 'note' }] });

describe('the note mark’s attributes', () => {
  it('load a note stored before they existed as a note by nobody at no known time, counted and published as before', () => {
    const old = doc(p('The council voted.', note(' CHECK WITH PRESS OFFICE'), ' Campaigners will appeal.'));
    expect(checkBody(old)).toBeNull();
    const node = bodyFromJSON(old);
    const mark = node.firstChild!.child(1).marks[0]!;
    expect(mark.attrs).toEqual({ author: '', at: '' });
    expect(publishedText(node.firstChild!)).toBe('The council voted. Campaigners will appeal.');
    expect(countWords(plainText(node))).toBe(6);
  });

  it('round-trip through the body JSON with initials and time, and leave words, checks and counts as without them', () => {
    const body = doc(p('Close the library', note(' recieved zebracrossing', { author: 'JB', at: AT }), ' now.'));
    expect(checkBody(body)).toBeNull();
    const node = bodyFromJSON(body);
    expect(JSON.stringify(node.toJSON())).toContain(`"marks":[{"type":"note","attrs":{"author":"JB","at":"${AT}"}}]`);
    expect(bodyFromJSON(JSON.parse(JSON.stringify(node.toJSON()))).eq(node)).toBe(true);
    expect(publishedText(node.firstChild!)).toBe('Close the library now.');
    expect(checkedText(node.firstChild!)).toBe(`Close the library${'\uFFFC'.repeat(' recieved zebracrossing'.length)} now.`);
    expect(countWords(plainText(node))).toBe(4);
    // The history's text says whose note it was.
    const lines = articleLines({ ...seedArticle(), body: body as never }).join('\n');
    expect(lines).toContain('[note by JB:  recieved zebracrossing]');
  });

  it('round-trip through the DOM (copy and paste between articles), dropping only attributes that do not read right', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const node = bodyFromJSON(doc(p('A', note('checked?', { author: 'M.-L.K.', at: AT }), 'B')));
    const host = document.createElement('div');
    host.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(node.content, { document: document as never }) as never);
    const span = host.querySelector('span')!;
    expect([span.className, span.getAttribute('data-note-author'), span.getAttribute('data-note-at'), span.textContent]).toEqual(['editorial-note', 'M.-L.K.', AT, 'checked?']);
    const back = PMDOMParser.fromSchema(schema).parse(host as never);
    expect(back.eq(node)).toBe(true);
    host.innerHTML = '<p><span class="editorial-note" data-note-author="A name far too long for initials" data-note-at="last Tuesday">kept</span></p>';
    const lenient = PMDOMParser.fromSchema(schema).parse(host as never);
    expect(lenient.firstChild!.firstChild!.marks[0]!.attrs).toEqual({ author: '', at: '' });
    expect(lenient.firstChild!.textContent).toBe('kept');
  });

  it('are refused at the boundary with one sentence when they are not initials and a time', () => {
    expect(checkBody(doc(p(note('x', { author: 'Jonathan Bartholomew', at: '' }))))).toBe(
      "the body is not a valid article document (a note's author must be initials of at most 12 characters on one line)",
    );
    expect(checkBody(doc(p(note('x', { author: 'JB', at: 'yesterday' }))))).toMatch(/\(a note's time must be empty or an ISO 8601 date and time/);
    expect(checkBody(doc(p(note('x', { author: 'J\nB', at: '' }))))).toMatch(/author must be initials/);
    expect(checkBody(doc(p(note('x', { author: 'JB', at: AT, resolved: true }))))).toBe('the body mark "note" has an unknown attribute "resolved"');
    expect(checkBody(doc(p(note('x', { author: 7, at: AT }))))).toMatch(/author must be initials/);
  });
});

describe('notes side by side', () => {
  it('by different people stay two notes; by the same person at the same time they are one, bold words and all', () => {
    const two = bodyFromJSON(doc(p('Copy ', note('check the figure', { author: 'JB', at: AT }), note('agreed, call them', { author: 'AK', at: AT }), ' more copy.')));
    expect(two.firstChild!.childCount).toBe(4);
    expect(notesIn(two.firstChild!, 1).map((n) => [n.from, n.to, n.mark.attrs.author])).toEqual([
      [6, 22, 'JB'],
      [22, 39, 'AK'],
    ]);
    expect(countNotes(two)).toBe(2);
    // The same note, split by a bold word inside it, is one note.
    const bold = { type: 'text', text: 'not', marks: [{ type: 'note', attrs: { author: 'JB', at: AT } }, { type: 'strong' }] };
    const one = bodyFromJSON(doc(p(note('do ', { author: 'JB', at: AT }), bold, note(' cut', { author: 'JB', at: AT }), strong(' copy'))));
    expect(countNotes(one)).toBe(1);
    // A note made a minute later by the same person is another note.
    const later = bodyFromJSON(doc(p(note('one', { author: 'JB', at: AT }), note('two', { author: 'JB', at: '2026-12-03T09:13:00.000Z' }))));
    expect(countNotes(later)).toBe(2);
  });
});

describe('the open-notes notice of Export and Copy HTML', () => {
  it('counts the notes in the body, and says nothing when there are none', () => {
    expect(openNotesNotice(bodyFromJSON(doc(p('No notes.'))))).toBeNull();
    expect(openNotesNotice(bodyFromJSON(doc(p('A', note('n', { author: 'JB', at: AT })))))).toBe('Note: the article still has 1 open editorial note; it is left out of the HTML.');
    expect(openNotesNotice(bodyFromJSON(doc(p(note('n1')), p('x', note('n2', { author: 'AK', at: AT }), 'y', note('n3')))))).toBe(
      'Note: the article still has 3 open editorial notes; they are left out of the HTML.',
    );
  });
});

describe('whose initials a new note takes', () => {
  it('reads a byline’s first writer', () => {
    expect(initialsOf('Jane Doe')).toBe('JD');
    expect(initialsOf('By Jane Doe, Political Editor')).toBe('JD');
    expect(initialsOf('By JANE DOE in London')).toBe('JD');
    expect(initialsOf('Ludwig van Beethoven and Clara Schumann')).toBe('LB');
    expect(initialsOf('Ólafur Ragnar Grímsson | Reykjavík')).toBe('ÓRG');
    expect(initialsOf('')).toBe('');
    expect(initialsOf('   by   ')).toBe('');
  });

  it('prefers the initials set on this computer, then the byline’s, and never refuses to make a note', () => {
    expect(noteAuthor({ noteInitials: 'AK' }, 'By Jane Doe')).toBe('AK');
    expect(noteAuthor({ noteInitials: '' }, 'By Jane Doe')).toBe('JD');
    expect(noteAuthor(null, '')).toBe('');
  });

  it('takes initials as letters, full stops, hyphens and apostrophes, trimmed, and refuses the rest in a sentence', () => {
    expect(UserSettings.parse({ noteInitials: ' JB ' })).toEqual({ noteInitials: 'JB' });
    expect(UserSettings.parse({ noteInitials: "M.-L.K.'" }).noteInitials).toBe("M.-L.K.'");
    expect(UserSettings.safeParse({ noteInitials: 'J B' }).error?.issues[0]?.message).toBe('initials may hold only letters, full stops, hyphens and apostrophes, such as JB or M.-L.K.');
    expect(UserSettings.safeParse({ noteInitials: 'ABCDEFGHIJKLM' }).error?.issues[0]?.message).toBe('initials are at most 12 characters, such as JB');
    expect(UserSettings.safeParse({ noteInitials: 'JB', extra: 1 }).success).toBe(false);
  });
});
