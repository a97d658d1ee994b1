// Issue 18 part 4's default target per section: migration 013 on a database
// of the version before, the rule of which target applies (sections compared
// ignoring case and accents, as the desk's section filter), the store and its
// IPC with bad input refused and nothing written, and `copydesk targets`
// (one line, exit 2, the file untouched) — on real SQLite files.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/store/open-database';
import { openServices } from '../../../electron/main/services';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/main/store/migrations';
import { migration013 } from '../../../electron/main/store/migrations/013-section-targets';
import { METHODS } from '../../../shared/ipc/channels';
import { parseSectionTarget, SectionTargets, sectionKey } from '../../../shared/article/section-targets';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-section-targets-');
afterAll(() => tmp.cleanup());

describe('migration 013', () => {
  it('adds section_targets to a database of the version before, whose articles and targets stay', () => {
    expect(migration013.version).toBe(13);
    const file = tmp.file('before-013.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < migration013.version) });
    old.prepare(
      `INSERT INTO articles (id, slug, headline, status, section, body_json, plain_text, word_count, target_words, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000013', 'old', 'Written before', 'editing', 'Politics',
         '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Three words here."}]}]}', 'Three words here.', 3, 700,
         '2026-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z')`,
    ).run();
    expect(old.pragma('user_version', { simple: true })).toBe(12);
    old.close();
    const services = openServices(file);
    try {
      expect(services.articles.get('00000000-0000-4000-8000-000000000013')).toMatchObject({ headline: 'Written before', targetWords: 700 });
      expect(services.sectionTargets.list()).toEqual([]);
      services.sectionTargets.set('Politics', 600);
      expect(services.sectionTargets.list()).toEqual([{ section: 'Politics', targetWords: 600 }]);
    } finally {
      services.close();
    }
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(() => raw.prepare("INSERT INTO section_targets VALUES ('sport', 'Sport', 0, '')").run()).toThrow(/CHECK constraint/);
    raw.close();
  });
});

describe('which target applies', () => {
  const targets = new SectionTargets([
    { section: 'Politics', targetWords: 600 },
    { section: 'Café Society', targetWords: 450 },
  ]);
  it('the article’s own wins; else its section’s, ignoring case, accents and spacing; else none', () => {
    expect(targets.applied(800, 'Politics')).toEqual({ words: 800, from: 'article' });
    expect(targets.applied(null, ' politics ')).toEqual({ words: 600, from: 'section', section: 'Politics' });
    expect(targets.applied(undefined, 'CAFE  society')).toEqual({ words: 450, from: 'section', section: 'Café Society' });
    expect(targets.applied(null, 'Sport')).toBeNull();
    expect(targets.applied(null, '')).toBeNull();
    expect(sectionKey('  Polítics  Desk ')).toBe('politics desk');
  });
  it('parses what a desk types, with one sentence for what is wrong', () => {
    expect(parseSectionTarget(' Politics ', '1,200')).toEqual({ ok: true, section: 'Politics', words: 1200 });
    expect(parseSectionTarget('Politics', 'none')).toEqual({ ok: true, section: 'Politics', words: null });
    expect(parseSectionTarget('  ', '600')).toEqual({ ok: false, message: 'A section name is needed, such as Politics.' });
    expect(parseSectionTarget('Politics', 'lots')).toMatchObject({ ok: false, message: expect.stringMatching(/^"lots" is not a number of words/) });
    expect(parseSectionTarget('x'.repeat(101), '600')).toMatchObject({ ok: false, message: /at most 100 characters/ });
  });
});

describe('the store and its IPC', () => {
  it('sets, replaces by folded name and removes a default; refuses bad input with a sentence and writes nothing', async () => {
    const file = tmp.file('ipc.db');
    const services = openServices(file);
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
    const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
    try {
      expect(await dispatch(METHODS.setSectionTarget, { section: 'Politics', targetWords: 600 }, APP)).toEqual({ ok: true, value: [{ section: 'Politics', targetWords: 600 }] });
      expect(await dispatch(METHODS.setSectionTarget, { section: 'POLÍTICS', targetWords: 650 }, APP)).toEqual({ ok: true, value: [{ section: 'POLÍTICS', targetWords: 650 }] });
      const rows = () => services.db.prepare('SELECT * FROM section_targets').all();
      const before = rows();
      for (const bad of [{ section: 'Sport', targetWords: 0 }, { section: 'Sport', targetWords: 2.5 }, { section: ' ', targetWords: 600 }, { section: 'a\u0000b', targetWords: 600 }, { section: 'Sport', targetWords: 100_001 }]) {
        const answer = await dispatch(METHODS.setSectionTarget, bad, APP);
        expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
      expect(await dispatch(METHODS.setSectionTarget, { section: 'Sport', targetWords: null }, APP)).toMatchObject({ ok: false, error: { code: 'not-found', message: 'The section “Sport” has no default target.' } });
      expect(rows()).toEqual(before);
      expect(await dispatch(METHODS.setSectionTarget, { section: 'politics', targetWords: null }, APP)).toEqual({ ok: true, value: [] });
      expect(await dispatch(METHODS.listSectionTargets, {}, APP)).toEqual({ ok: true, value: [] });
    } finally {
      services.close();
    }
  });
});

describe('copydesk targets', () => {
  it('sets, lists and removes; bad input is one line, exit 2, and the file is untouched', () => {
    const db = tmp.file('cli.db');
    openServices(db).close();
    const cli = (...args: string[]) => runCli(['targets', ...args, '--db', db]);
    expect(cli('set', 'Politics', '600')).toMatchObject({ status: 0, stdout: 'Politics: articles with no target of their own aim at 600 words.\n' });
    expect(cli('set', 'Business', '1,200').status).toBe(0);
    expect(cli('list')).toMatchObject({ status: 0, stdout: 'Business  1,200 words\nPolitics  600 words\n' });
    const before = fingerprint(db);
    for (const args of [['set', 'Sport', 'lots'], ['set', '', '600'], ['set', 'Sport'], ['set', 'Sport', '0'], ['list', 'extra'], ['frobnicate']]) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(fingerprint(db)).toBe(before);
    expect(cli('set', 'politics', 'none')).toMatchObject({ status: 0, stdout: 'politics has no default target now.\n' });
    expect(cli('list').stdout).toBe('Business  1,200 words\n');
  });
});
