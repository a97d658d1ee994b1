// Issue 18 parts 4 and 5 (length targets, per-article dialect): migration 012 on
// a database of the version before, the fields through the normal save path
// and the interchange JSON, the status bar's arithmetic, and the CLI's
// `set --target` / `set --dialect` and `check` — on real SQLite files.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { plainText } from '../../../shared/article/body';
import { countWords } from '../../../shared/article/word-count';
import { lengthReport, parseTargetWords } from '../../../shared/article/length-target';
import { publishedTextBetween } from '../../../shared/article/notes';
import { schema } from '../../../shared/article/schema';
import { metadataEdit, metadataOf } from '../../../shared/article/metadata';
import { openDatabase } from '../../../electron/main/store/open-database';
import { openServices } from '../../../electron/main/services';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/main/store/migrations';
import { doc, p, strong } from '../../support/docs';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';
import { insertOldArticle } from '../../support/old-article';

const tmp = tempDir('copydesk-targets-');
afterAll(() => tmp.cleanup());

describe('migration 012', () => {
  it('adds target_words and dialect to the articles of a database made by the version before, which keep everything else', () => {
    const file = tmp.file('before-012.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 12) });
    old.close();
    // An article as the previous version's store wrote it.
    const raw11 = new Database(file);
    insertOldArticle(raw11, {
      id: '00000000-0000-4000-8000-000000000012',
      headline: 'Written before targets',
      body: doc(p('Three words here.')),
      plainText: 'Three words here.',
      wordCount: 3,
    });
    expect(raw11.pragma('user_version', { simple: true })).toBe(11);
    raw11.close();

    const services = openServices(file);
    try {
      const article = services.articles.get('00000000-0000-4000-8000-000000000012');
      expect(article.headline).toBe('Written before targets');
      // No target and the publication's dialect: the keys are absent, as in files from before.
      expect('targetWords' in article).toBe(false);
      expect('dialect' in article).toBe(false);
      const ack = services.articles.save(article.id, article.revision, { targetWords: 800, dialect: 'en-US' });
      expect(services.articles.get(article.id)).toMatchObject({ targetWords: 800, dialect: 'en-US', revision: ack.revision });
    } finally {
      services.close();
    }
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(() => raw.prepare('UPDATE articles SET target_words = 0').run()).toThrow(/CHECK constraint/);
    expect(() => raw.prepare("UPDATE articles SET dialect = 'fr-FR'").run()).toThrow(/CHECK constraint/);
    raw.close();
  });
});

describe('the target and the dialect on the save path', () => {
  const services = openServices(tmp.file('targets.db'));
  afterAll(() => services.close());

  it('are stored with a new article, changed alone by a save, cleared with null, and left alone by other saves', () => {
    const created = services.articles.create({ headline: 'Council votes', targetWords: 600, dialect: 'en-GB', body: doc(p('One two three.')) as never });
    expect(services.articles.get(created.id)).toMatchObject({ targetWords: 600, dialect: 'en-GB' });
    let rev = services.articles.save(created.id, 1, { headline: 'Council votes to close library' }).revision;
    expect(services.articles.get(created.id)).toMatchObject({ targetWords: 600, dialect: 'en-GB' });
    rev = services.articles.save(created.id, rev, { targetWords: 850 }).revision;
    expect(services.articles.get(created.id).targetWords).toBe(850);
    services.articles.save(created.id, rev, { targetWords: null, dialect: '' });
    const after = services.articles.get(created.id);
    expect('targetWords' in after || 'dialect' in after).toBe(false);
  });

  it('refuses a bad target with a sentence and changes nothing', () => {
    const { id } = services.articles.create({ headline: 'Kept' });
    for (const bad of [0, -5, 1.5, 100_001, '800']) {
      expect(() => services.articles.save(id, 1, { targetWords: bad as never })).toThrow(/targetWords must be a whole number of words from 1 to 100,000/);
    }
    expect(() => services.articles.save(id, 1, { dialect: 'fr-FR' as never })).toThrow(/dialect must be one of en-GB, en-US/);
    expect(services.articles.get(id).revision).toBe(1);
  });

  it('come and go through the metadata row’s edit like status and section', () => {
    const values = metadataOf({ status: 'draft', section: '', tags: [], publishedAt: null });
    expect(values).toMatchObject({ targetWords: null, dialect: '' });
    expect(metadataEdit(values, 'targetWords', 800, '2026-12-01T09:00:00Z')!.change).toEqual({ targetWords: 800 });
    expect(metadataEdit(values, 'targetWords', null, '2026-12-01T09:00:00Z')).toBeNull();
  });
});

describe('the status bar’s arithmetic', () => {
  it('says under, near and over, with the difference in words', () => {
    expect(lengthReport(612, 800)).toEqual({ state: 'under', difference: -188, label: '188 under' });
    expect(lengthReport(612, 600)).toEqual({ state: 'near', difference: 12, label: '12 over' });
    expect(lengthReport(540, 600)).toMatchObject({ state: 'near', label: '60 under' });
    expect(lengthReport(600, 600)).toMatchObject({ state: 'near', label: 'on target' });
    expect(lengthReport(1_700, 800)).toEqual({ state: 'over', difference: 900, label: '900 over' });
    expect(lengthReport(2_034, 800).label).toBe('1,234 over');
  });

  it('reads a typed target, or says what is wrong with it', () => {
    expect(parseTargetWords('800')).toEqual({ ok: true, value: 800 });
    expect(parseTargetWords(' 1,200 ')).toEqual({ ok: true, value: 1200 });
    expect(parseTargetWords('')).toEqual({ ok: true, value: null });
    expect(parseTargetWords('none')).toEqual({ ok: true, value: null });
    expect(parseTargetWords('eight hundred')).toMatchObject({ ok: false, message: expect.stringMatching(/is not a number of words/) });
    expect(parseTargetWords('0')).toMatchObject({ ok: false, message: expect.stringMatching(/from 1 to 100,000 words/) });
  });

  it('counts a selection as the store counts the same words (notes left out, blocks apart)', () => {
    const body = doc(
      p('The council voted on ', strong('Tuesday'), ' to close the library.'),
      p('Residents ', { type: 'text', text: 'CHECK WITH PRESS OFFICE', marks: [{ type: 'note' }] }, ' said they had no warning.'),
    );
    const node = schema.nodeFromJSON(body);
    const all = publishedTextBetween(node, 0, node.content.size);
    expect(countWords(all)).toBe(countWords(plainText(node)));
    expect(all).not.toContain('PRESS');
    // "close the library." + "Residents" across the block boundary: 4 words, never "library.Residents" as one.
    const state = EditorState.create({ doc: node });
    const from = 1 + 'The council voted on Tuesday to '.length;
    const to = node.child(0).nodeSize + 1 + 'Residents'.length;
    const sel = TextSelection.create(state.doc, from, to);
    expect(countWords(publishedTextBetween(state.doc, sel.from, sel.to))).toBe(4);
  });
});

describe('the CLI', () => {
  const db = tmp.file('cli.db');
  let id = '';

  it('sets and clears a target with set --target, through the normal save', () => {
    const file = tmp.file('story.json');
    fs.writeFileSync(file, JSON.stringify({ headline: 'Libary closes', standfirst: '', byline: '', dateline: '', section: 'News', tags: [], status: 'draft', body: doc(p('The libary will close, the council said.')) }));
    id = runCli(['import-json', file, '--db', db, '--create']).stdout.trim();
    const set = runCli(['set', id, '--target', '800', '--db', db]);
    expect(set.stderr).toBe('');
    expect(set.stdout).toMatch(/targetWords changed/);
    const shown = JSON.parse(runCli(['show', id, '--json', '--db', db]).stdout) as { targetWords?: number };
    expect(shown.targetWords).toBe(800);
    // show --json fed back keeps the target (the interchange JSON carries it).
    const again = runCli(['import-json', '-', '--db', db], { input: JSON.stringify(shown) });
    expect(JSON.parse(runCli(['show', again.stdout.trim(), '--json', '--db', db]).stdout).targetWords).toBe(800);
    runCli(['set', id, '--target', 'none', '--db', db]);
    expect('targetWords' in JSON.parse(runCli(['show', id, '--json', '--db', db]).stdout)).toBe(false);
  });

  it('refuses a target that is not a number of words, with exit 2 and the database untouched', () => {
    const before = fingerprint(db);
    const run = runCli(['set', id, '--target', 'lots', '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/"lots" is not a number of words/);
    expect(fingerprint(db)).toBe(before);
  });

  it('checks with the article’s own dialect once set --dialect gives it one', () => {
    runCli(['set', id, '--dialect', 'en-US', '--db', db]);
    const us = JSON.parse(runCli(['check', id, '--json', '--db', db]).stdout) as { dialect: string };
    expect(us.dialect).toBe('en-US');
    runCli(['set', id, '--dialect', 'en-GB', '--db', db]);
    expect(JSON.parse(runCli(['check', id, '--json', '--db', db]).stdout).dialect).toBe('en-GB');
    // --dialect on check still wins for that run.
    expect(JSON.parse(runCli(['check', id, '--json', '--dialect', 'en-US', '--db', db]).stdout).dialect).toBe('en-US');
    const bad = runCli(['set', id, '--dialect', 'fr-FR', '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/dialect must be one of/);
  });
});
