// Editorial notes (issue 18 part 5): the `note` mark is kept in the stored body
// and the interchange JSON, and left out of everything a reader or a counter
// sees — plain text, the stored and the live word count, the search index, the
// published page (preview and export), the HTML fragment (Copy HTML), the
// description. On real documents, a real SQLite file and the real CLI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { bodyFromJSON, plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import type { Article } from '../../../shared/article/fields';
import { hasNotes, publishedText } from '../../../shared/article/notes';
import { schema } from '../../../shared/article/schema';
import { renderArticleFragment, renderArticlePage } from '../../../shared/render';
import { articleLines } from '../../../shared/history/article-text';
import { openServices } from '../../../electron/main/services';
import { HtmlExporter } from '../../../electron/main/export/html-exporter';
import { docStats, nextStats, textStatsPlugin, textStatsKey } from '../../../renderer/src/editor/status/text-stats';
import { toggleNote as noteOver } from '../../../renderer/src/editor/commands/notes';
import { fixtureAssets } from '../../fixtures/render/exported-pages';
import { INQUISITR, seedArticle } from '../../fixtures/render/seed-article';
import { doc, h, p, quote, strong } from '../../support/docs';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-notes-');
const toggleNote = noteOver(() => ({ author: 'JB', at: '2026-12-03T09:12:00.000Z' }));
afterAll(() => tmp.cleanup());

const NOTE = 'CHECK FIGURE WITH TREASURY zebracrossing';
const note = (text: string, extra: Record<string, unknown>[] = []) => ({ type: 'text', text, marks: [{ type: 'note' }, ...extra] });

/** A story with notes in a paragraph, a subhead, a quote, alone in a block, and around a bold word. */
const body = () =>
  doc(
    p('The council will save £240,000 a year', { type: 'text', text: ` ${NOTE}`, marks: [{ type: 'note', attrs: { author: 'JB', at: '2026-12-03T09:12:00.000Z' } }] }, ', officials said.'),
    h(2, 'What happens next', note(' [subhead to be cut?]')),
    quote([p('It is a disgrace.', note(' source asked not to be named'))], 'A protester'),
    p(note('Whole paragraph of desk notes: call Okafor back after 4pm.')),
    p('Campaigners ', note('(name them)'), strong('will'), ' fight on.'),
  );
const WORDS_WITHOUT_NOTES = countWords(
  ['The council will save £240,000 a year, officials said.', 'What happens next', 'It is a disgrace.', 'A protester', 'Campaigners will fight on.'].join('\n\n'),
);

const article = (): Article => ({ ...seedArticle(), standfirst: '', body: body() as Article['body'] });

describe('the note mark', () => {
  it('is part of the schema and survives a JSON round trip of the body', () => {
    const node = bodyFromJSON(body());
    node.check();
    expect(hasNotes(node)).toBe(true);
    expect(JSON.stringify(node.toJSON())).toContain('"type":"note"');
    expect(bodyFromJSON(node.toJSON()).eq(node)).toBe(true);
    expect(hasNotes(bodyFromJSON(doc(p('No notes here.'))))).toBe(false);
  });

  it('is left out of plain text and the word count', () => {
    const text = plainText(bodyFromJSON(body()));
    expect(text).not.toContain('TREASURY');
    expect(text).not.toContain('Okafor');
    expect(text).not.toContain('subhead to be cut');
    expect(text).toContain('The council will save £240,000 a year, officials said.');
    expect(text).toContain('Campaigners will fight on.');
    expect(countWords(text)).toBe(WORDS_WITHOUT_NOTES);
  });

  it('is shown in the history text, so a version still says what the desk noted', () => {
    expect(articleLines(article()).join('\n')).toContain(`[note by JB:  ${NOTE}]`);
    expect(articleLines(article()).join('\n')).toContain('[note:  [subhead to be cut?]]');
  });
});

describe('the published page and the fragment', () => {
  it('leave every note out of the page (the preview renders the same page) and its description', () => {
    const html = renderArticlePage(article(), INQUISITR, { imageSrc: () => null, timeZone: 'UTC' });
    expect(html).not.toMatch(/TREASURY|zebracrossing|subhead to be cut|not to be named|call Okafor|name them|editorial-note/);
    expect(html).toContain('<p>Campaigners <strong>will</strong> fight on.</p>');
    expect(html).toContain('<h2>What happens next</h2>');
    // A block that is nothing but notes publishes nothing, not an empty <p>.
    expect(html).not.toContain('<p></p>');
    expect(html).toMatch(/<meta name="description" content="The council will save £240,000 a year, officials said\./);
  });

  it('leave notes out of Copy HTML (the fragment and its plain text)', () => {
    const fragment = renderArticleFragment(article());
    expect(fragment).not.toMatch(/TREASURY|Okafor|name them|note/);
    expect(fragment).toContain('<p>The council will save £240,000 a year, officials said.</p>');
  });
});

describe('stored on a real database', () => {
  const services = openServices(tmp.file('notes.db'));
  afterAll(() => services.close());
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = article();
  const { id } = services.articles.create({ ...fields, headline: 'Library closure vote' });

  it('keeps the notes in the stored body, and counts and indexes the article without them', () => {
    const stored = services.articles.get(id);
    expect(JSON.stringify(stored.body)).toContain(NOTE);
    const row = services.db.prepare('SELECT plain_text, word_count FROM articles WHERE id = ?').get(id) as { plain_text: string; word_count: number };
    expect(row.word_count).toBe(WORDS_WITHOUT_NOTES);
    expect(row.plain_text).not.toContain('TREASURY');
    const found = (query: string) => [...services.articles.eachSummary(50, { query })].map((r) => r.id);
    expect(found('disgrace')).toEqual([id]);
    expect(found('zebracrossing')).toEqual([]);
  });

  it('exports HTML (page and fragment) without the notes', () => {
    const out = tmp.file('export');
    fs.mkdirSync(out, { recursive: true });
    const exporter = new HtmlExporter({ articles: services.articles, settings: services.settings, assets: fixtureAssets, timeZone: 'UTC' });
    const page = fs.readFileSync(exporter.writeOne(id, path.join(out, 'story.html')).file, 'utf8');
    const fragment = exporter.fragment(id);
    for (const html of [page, fragment.html, fragment.text]) {
      expect(html).not.toMatch(/TREASURY|zebracrossing|call Okafor/);
      expect(html).toContain('officials said');
    }
  });
});

describe('the live count in the editor', () => {
  const stateOf = (json: object) => EditorState.create({ doc: schema.nodeFromJSON(json), plugins: [textStatsPlugin()] });

  it('counts the same as the store, and drops when a selection becomes a note', () => {
    let state = stateOf(doc(p('Ask the treasury about the figures today.')));
    expect(textStatsKey.getState(state)!.words).toBe(7);
    // Select "about the figures" and make it a note, as Mod-Alt-M does.
    const from = 1 + 'Ask the treasury '.length;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + 'about the figures'.length)));
    toggleNote(state, (tr) => (state = state.apply(tr)));
    expect(textStatsKey.getState(state)!.words).toBe(4);
    expect(docStats(state.doc).words).toBe(countWords(plainText(state.doc)));
    expect(publishedText(state.doc.firstChild!)).toBe('Ask the treasury  today.');
    // And toggling it again brings the words back.
    toggleNote(state, (tr) => (state = state.apply(tr)));
    expect(textStatsKey.getState(state)!.words).toBe(7);
  });

  it('at a bare caret applies only outside a note (it starts one typed there: resolve-notes.test.ts)', () => {
    const state = stateOf(doc(p('Some words.')));
    expect(toggleNote(state)).toBe(true);
    const inNote = stateOf(doc(p('Some ', note('desk words'), '.')));
    expect(toggleNote(inNote.apply(inNote.tr.setSelection(TextSelection.create(inNote.doc, 9))))).toBe(false);
  });

  it('matches the full count after an edit inside a note (nextStats)', () => {
    let state = stateOf(body());
    const before = textStatsKey.getState(state)!;
    const tr = state.tr.insertText(' more desk words', 40);
    const stats = nextStats(before, tr);
    state = state.apply(tr);
    expect(stats).toEqual(docStats(state.doc));
  });
});

describe('the interchange JSON through the CLI', () => {
  it('round-trips notes through import-json and show --json', () => {
    const db = tmp.file('cli.db');
    const file = tmp.file('article.json');
    const { headline, standfirst, byline, dateline, section, tags, status } = article();
    fs.writeFileSync(file, JSON.stringify({ headline, standfirst, byline, dateline, section, tags, status, body: body() }));
    const created = runCli(['import-json', file, '--db', db, '--create']);
    expect(created.stderr).toBe('');
    const shown = JSON.parse(runCli(['show', created.stdout.trim(), '--json', '--db', db]).stdout) as { body: object; wordCount?: number };
    expect(bodyFromJSON(shown.body).eq(bodyFromJSON(body()))).toBe(true);
    // Who made the note and when come back as they went in; old notes without them stay without.
    expect(JSON.stringify(shown.body)).toContain(`{"type":"text","text":" ${NOTE}","marks":[{"type":"note","attrs":{"author":"JB","at":"2026-12-03T09:12:00.000Z"}}]}`);
    expect(JSON.stringify(shown.body)).toContain('{"type":"text","text":" [subhead to be cut?]","marks":[{"type":"note"}]}');
    const text = runCli(['show', created.stdout.trim(), '--db', db]).stdout;
    expect(text).toContain('officials said');
    expect(text).not.toContain('TREASURY');
  });
});

describe('the copy checks', () => {
  it('read a note as blanks of the same length: not checked, offsets unchanged, no doubled word or double space across it', async () => {
    const { articleTexts } = await import('../../../shared/checks/article-texts');
    const { realChecker } = await import('../../support/checker');
    const node = bodyFromJSON(doc(p('Close the ', note('recieved zebracrossing'), ' the libary now.')));
    const texts = articleTexts({ headline: '', standfirst: '' }, node);
    const block = texts.find((t) => t.key === 'block:0')!;
    expect(block.text.length).toBe(node.firstChild!.content.size);
    const flags = realChecker('en-GB').check(texts).get('block:0') ?? [];
    expect(flags.map((f) => f.text)).toEqual(['libary']);
    // The flag's offsets still land on the word in the document.
    const f = flags[0]!;
    expect(node.textBetween(block.pos! + f.from, block.pos! + f.to)).toBe('libary');
  });
});
