// "Mark correct here" remembered with the article: the key a flag is accepted
// by (it survives edits elsewhere, not a change of the flagged text), the
// accepted_flags table on real SQLite files (deleted with its article by
// delete and purge, kept by spike and restore), its IPC methods through the
// real dispatch, and `copydesk check ID` leaving accepted flags out.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedFlagOf, acceptedKey, type AcceptedFlag } from '../../../shared/checks/accepted-flag';
import { articleTexts } from '../../../shared/checks/article-texts';
import { schema } from '../../../shared/article/schema';
import { METHODS } from '../../../shared/ipc/channels';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { realChecker } from '../../support/checker';
import { runCli } from '../../support/cli';
import { doc, p } from '../../support/docs';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-accepted-');
afterAll(() => tmp.cleanup());
const newDb = () => tmp.file(`a-${Math.random().toString(16).slice(2)}.db`);

/** Every flag of a body as the editor would place it, with its accepted key. */
function keysOf(paragraphs: string[]): Map<string, string> {
  const texts = articleTexts({ headline: '', standfirst: '' }, schema.nodeFromJSON(doc(...paragraphs.map((t) => p(t)))));
  const found = realChecker('en-GB').check(texts);
  const out = new Map<string, string>();
  for (const t of texts) for (const f of found.get(t.key) ?? []) out.set(`${f.ruleId}:${f.text}`, acceptedKey(acceptedFlagOf(f, t.key, t.text)));
  return out;
}

describe('the key a flag is marked correct by', () => {
  const story = ['Councillor Kestrelbury opened the depot.', 'It was the the best result in years.'];
  const before = keysOf(story);

  it('is the same after edits elsewhere: a paragraph added above, another sentence changed', () => {
    const after = keysOf(['A new first paragraph about the weather.', story[0]!, 'It was the the best result in years, they said.']);
    expect(after.get('spelling:Kestrelbury')).toBe(before.get('spelling:Kestrelbury'));
    expect(after.get('grammar-doubled-word:the the')).toBe(before.get('grammar-doubled-word:the the'));
  });

  it('changes when the flagged text or the word right beside it changes', () => {
    const after = keysOf(['Councillor Kestrelburry opened the depot.', 'It was the the finest result in years.']);
    expect(after.get('spelling:Kestrelburry')).toBeDefined();
    expect([...after.values()]).not.toContain(before.get('spelling:Kestrelbury'));
    expect(after.get('grammar-doubled-word:the the')).not.toBe(before.get('grammar-doubled-word:the the'));
  });

  it('reads the neighbouring words with the spaces, and keeps every spelling flag under one rule', () => {
    expect(acceptedFlagOf({ from: 11, to: 22, text: 'Kestrelbury', kind: 'spelling', ruleId: 'name' }, 'block:4', story[0]!)).toEqual({
      scope: 'body',
      rule: 'spelling',
      text: 'Kestrelbury',
      before: 'Councillor ',
      after: ' opened',
    });
    expect(acceptedFlagOf({ from: 0, to: 3, text: 'Mr.', kind: 'style', ruleId: 'abbrev-titles-no-stop' }, 'caption:2', 'Mr. Hale').scope).toBe('caption');
  });
});

const FLAG: AcceptedFlag = { scope: 'body', rule: 'spelling', text: 'Kestrelbury', before: 'Councillor ', after: ' opened' };

describe('the accepted_flags table', () => {
  let services: Services;
  beforeEach(() => (services = openServices(newDb())));
  afterEach(() => services.close());
  const create = (headline: string) => services.articles.create({ headline, body: doc(p('Councillor Kestrelbury opened the depot.')) as never }).id;

  it('remembers a flag per article, once, until it is taken back', () => {
    const a = create('Depot opens');
    const b = create('Depot closes');
    expect(services.acceptedFlags.accept(a, FLAG)).toBe(true);
    expect(services.acceptedFlags.accept(a, FLAG)).toBe(false);
    expect(services.acceptedFlags.list(a)).toEqual([FLAG]);
    expect(services.acceptedFlags.list(b)).toEqual([]);
    expect(services.acceptedFlags.unaccept(a, FLAG)).toBe(true);
    expect(services.acceptedFlags.unaccept(a, FLAG)).toBe(false);
    expect(services.acceptedFlags.list(a)).toEqual([]);
  });

  it('refuses a flag for no article, and rows that break the key’s limits', () => {
    expect(() => services.acceptedFlags.accept('00000000-0000-4000-8000-00000000dead', FLAG)).toThrow(/^No article with id/);
    const a = create('Depot opens');
    expect(() => services.db.prepare("INSERT INTO accepted_flags VALUES (?, 'body', '', 'x', '', '', 't')").run(a)).toThrow(/CHECK constraint/);
    expect(() => services.db.prepare("INSERT INTO accepted_flags VALUES (?, 'sidebar', 'r', 'x', '', '', 't')").run(a)).toThrow(/CHECK constraint/);
    expect(() => services.db.prepare("INSERT INTO accepted_flags VALUES ('nobody', 'body', 'r', 'x', '', '', 't')").run()).toThrow(/FOREIGN KEY/);
  });

  it('keeps the marks through spike, unspike and a version restore; deleting or purging the article deletes them', () => {
    const kept = create('Depot opens');
    services.acceptedFlags.accept(kept, FLAG);
    services.articles.spike(kept);
    services.articles.unspike(kept);
    services.articles.save(kept, 1, { headline: 'Depot opens early' });
    services.articles.restore(kept, 1);
    expect(services.acceptedFlags.list(kept)).toEqual([FLAG]);

    const deleted = create('Depot deleted');
    const purged = create('Depot purged');
    for (const id of [deleted, purged]) services.acceptedFlags.accept(id, FLAG);
    services.articles.spike(deleted);
    services.articles.delete(deleted);
    services.articles.spike(purged);
    expect(services.articles.purgeSpiked(new Date(Date.now() + 60_000))).toBe(1);
    // Whoever deletes the row (the trigger runs without foreign_keys too).
    services.db.pragma('foreign_keys = OFF');
    const raw = create('Deleted by hand');
    services.acceptedFlags.accept(raw, FLAG);
    services.db.prepare('DELETE FROM articles WHERE id = ?').run(raw);
    services.db.pragma('foreign_keys = ON');
    expect(services.db.prepare('SELECT article_id FROM accepted_flags').pluck().all()).toEqual([kept]);
  });
});

describe('the accepted flags over IPC', () => {
  const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
  let services: Services;
  let dispatch: Dispatch;
  beforeEach(() => {
    services = openServices(newDb());
    dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
  });
  afterEach(() => services.close());

  it('lists, accepts and takes back a flag of an article', async () => {
    const id = services.articles.create({ headline: 'Depot opens' }).id;
    expect(await dispatch(METHODS.acceptCheckFlag, { id, flag: FLAG }, APP)).toEqual({ ok: true, value: { accepted: true } });
    expect(await dispatch(METHODS.listAcceptedFlags, { id }, APP)).toEqual({ ok: true, value: { flags: [FLAG] } });
    expect(await dispatch(METHODS.unacceptCheckFlag, { id, flag: FLAG }, APP)).toEqual({ ok: true, value: { removed: true } });
    expect(await dispatch(METHODS.listAcceptedFlags, { id }, APP)).toEqual({ ok: true, value: { flags: [] } });
  });

  it('refuses a malformed flag, an unknown article and a foreign frame, leaving the file as it was', async () => {
    const id = services.articles.create({ headline: 'Depot opens' }).id;
    services.close();
    const before = fingerprint(services.dbPath);
    services = openServices(services.dbPath);
    dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
    for (const flag of [{ ...FLAG, rule: 'Spelling!' }, { ...FLAG, scope: 'sidebar' }, { ...FLAG, text: '' }, { ...FLAG, before: 'x'.repeat(41) }, { ...FLAG, extra: 1 }]) {
      expect(await dispatch(METHODS.acceptCheckFlag, { id, flag }, APP)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await dispatch(METHODS.acceptCheckFlag, { id: '00000000-0000-4000-8000-00000000dead', flag: FLAG }, APP)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(METHODS.acceptCheckFlag, { id, flag: FLAG }, { ...APP, isTopFrame: false })).toMatchObject({ ok: false });
    services.close();
    expect(fingerprint(services.dbPath)).toBe(before);
    services = openServices(services.dbPath);
  });
});

describe('copydesk check ID', () => {
  it('leaves out the flags marked correct in the article, and counts them', () => {
    const db = newDb();
    const services = openServices(db);
    const body = doc(p('Councillor Kestrelbury said the the wall held.'));
    const id = services.articles.create({ headline: 'Flood defences', body: body as never }).id;
    const texts = articleTexts({ headline: 'Flood defences', standfirst: '' }, schema.nodeFromJSON(body));
    const flag = [...realChecker('en-GB').check(texts).get('block:0')!].find((f) => f.text === 'Kestrelbury')!;
    services.acceptedFlags.accept(id, acceptedFlagOf(flag, 'block:0', texts[1]!.text));
    services.close();
    const run = runCli(['check', id, '--dialect', 'en-GB', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('Kestrelbury');
    expect(run.stdout).toMatch(/1 flag \(1 grammar; en-GB; 1 marked correct\)\.\n$/);
    expect(JSON.parse(runCli(['check', id, '--json', '--dialect', 'en-GB', '--db', db]).stdout)).toMatchObject({ accepted: 1, counts: { spelling: 0, grammar: 1 } });
  });
});
