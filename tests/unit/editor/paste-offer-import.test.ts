// @vitest-environment happy-dom
// The rule that decides whether a paste opens the import review: a whole story,
// as plain text, into an empty article. Everything else pastes as before.
import { describe, expect, it } from 'vitest';
import { schema } from '../../../shared/article/schema';
import { emptyFields } from '../../../shared/article/fields';
import {
  isPlainTextWrapper,
  looksLikeStory,
  shouldOfferImport,
} from '../../../renderer/src/editor/paste/offer-import';
import { isBlankDoc as isEmptyBody, isBlankHeader as fieldsAreEmpty } from '../../../shared/article/blank';
import { readSeed } from '../../support/seed';

const SEED = readSeed();
const parser = new DOMParser();
const offer = (paste: { text: string; html?: string; hasFiles?: boolean }, empty = true) =>
  shouldOfferImport({ html: '', hasFiles: false, ...paste }, empty, parser);

const STORY = [
  'Council Approves New Bridge',
  'The city council voted on Tuesday to build a new bridge across the river, ending a decade of debate.',
  '"This is a great day for the town," the mayor said.',
].join('\n\n');

describe('shouldOfferImport', () => {
  it('offers the review for a plain-text story pasted into an empty article', () => {
    expect(offer({ text: SEED })).toBe(true);
    expect(offer({ text: STORY })).toBe(true);
  });

  it('pastes as before into an article that is not empty', () => {
    expect(offer({ text: SEED }, false)).toBe(false);
  });

  it('pastes short text as before: a sentence, two paragraphs, a few short lines', () => {
    expect(offer({ text: 'Just one sentence that the journalist wanted to paste.' })).toBe(false);
    expect(offer({ text: 'Headline\n\nOne paragraph of body copy that is long enough to count as one.' })).toBe(false);
    expect(offer({ text: 'a\n\nb\n\nc' })).toBe(false);
    expect(offer({ text: '   \n\n  ' })).toBe(false);
  });

  it('leaves real HTML to the HTML paste cleaner', () => {
    const html = `<h1>Council Approves New Bridge</h1><p>The city council voted on <b>Tuesday</b> to build a new bridge.</p><blockquote>This is a great day.</blockquote>`;
    expect(offer({ text: STORY, html })).toBe(false);
    const bold = STORY.split('\n\n').map((p) => `<p><span style="font-weight:700">${p}</span></p>`).join('');
    expect(offer({ text: STORY, html: bold })).toBe(false);
    const linked = STORY.split('\n\n').map((p) => `<p><a href="https://example.com">${p}</a></p>`).join('');
    expect(offer({ text: STORY, html: linked })).toBe(false);
  });

  it('treats HTML that only wraps the same text (a text editor, a <pre>) as plain text', () => {
    const editor = `<meta charset="utf-8"><div style="color: #d4d4d4; font-family: monospace; white-space: pre;">${STORY.split('\n')
      .map((line) => `<div><span style="color: #ce9178;">${line}</span></div>`)
      .join('')}</div>`;
    expect(offer({ text: STORY, html: editor })).toBe(true);
    expect(offer({ text: STORY, html: `<pre>${STORY}</pre>` })).toBe(true);
  });

  it('does not treat HTML with different words as a wrapper', () => {
    expect(isPlainTextWrapper('<p>Something else entirely</p>', STORY, parser)).toBe(false);
  });

  it('never offers the review for files on the clipboard', () => {
    expect(offer({ text: STORY, hasFiles: true })).toBe(false);
  });
});

describe('the parts of the rule', () => {
  it('a story has at least three paragraphs and twenty words', () => {
    expect(looksLikeStory(STORY)).toBe(true);
    expect(looksLikeStory('one\n\ntwo\n\nthree')).toBe(false);
    // Pasted web copy without blank lines: one paragraph per line.
    expect(looksLikeStory(STORY.replace(/\n\n/g, '\n'))).toBe(true);
    // Words as everywhere else (Intl.Segmenter): three paragraphs of Japanese, which have no spaces, are a story.
    const japanese = '東京都は火曜日、新しい計画を発表した。\n\n知事は記者団に対し、これは良いスタートだと述べた。\n\n計画は来年から始まる。';
    expect(japanese.split(/\s+/).length).toBe(3);
    expect(looksLikeStory(japanese)).toBe(true);
  });

  // One rule with the blank draft main discards (shared/article/blank.ts): empty paragraphs only.
  // It used to be "exactly one empty paragraph" here; two empty paragraphs hold no words either.
  it('an empty body holds only empty paragraphs', () => {
    expect(isEmptyBody(schema.nodeFromJSON(emptyFields().body))).toBe(true);
    expect(isEmptyBody(schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }))).toBe(false);
    expect(isEmptyBody(schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] }))).toBe(true);
    expect(isEmptyBody(schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'hard_break' }] }] }))).toBe(false);
    expect(isEmptyBody(schema.nodeFromJSON({ type: 'doc', content: [{ type: 'horizontal_rule' }] }))).toBe(false);
  });

  it('the fields are empty when headline, standfirst, byline and dateline are blank', () => {
    expect(fieldsAreEmpty({ headline: '', standfirst: ' ', byline: '', dateline: '' })).toBe(true);
    expect(fieldsAreEmpty({ headline: '', standfirst: '', byline: 'Ann Reporter', dateline: '' })).toBe(false);
  });
});
