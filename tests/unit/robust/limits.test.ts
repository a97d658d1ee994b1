// Bounded, exact input: unknown keys, values JSON cannot hold, cycles,
// unstorable characters and everything past shared/limits.ts is a typed
// bad-request naming what is wrong — through dispatch and through the CLI —
// and the database is left byte-for-byte as it was.
import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { checkBody } from '../../../shared/article/body';
import { LIMITS, removeUnstorableChars } from '../../../shared/limits';
import { doc, everyNodeBody, li, p, ul } from '../../support/docs';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const tmp = tempDir();
afterAll(() => tmp.cleanup());

let services: Services;
let dispatch: Dispatch;
let file: string;
let id: string;
let internal: unknown[];

beforeEach(() => {
  file = tmp.file(`limits-${Math.random().toString(16).slice(2)}.db`);
  services = openServices(file);
  internal = [];
  dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true, log: (e) => internal.push(e), explain: services.explain });
  id = services.articles.create({ headline: 'Stored', body: doc(p('Stored words.')) }).id;
  services.db.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(() => {
  services.close();
  expect(internal).toEqual([]); // nothing here is an "internal" error
});

/** A save of `body` is refused with a message matching `pattern`, and the file is untouched. */
async function expectRefusedBody(body: unknown, pattern: RegExp): Promise<void> {
  const before = fingerprint(file);
  const result = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body } }, APP);
  expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(pattern) } });
  const created = await dispatch(METHODS.createArticle, { fields: { body } }, APP);
  expect(created).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(fingerprint(file)).toBe(before);
}

function nestedLists(depth: number): unknown {
  let node: unknown = p('deepest');
  for (let i = 0; i < depth; i++) node = ul(li(p(`level ${i}`), node as Record<string, unknown>));
  return doc(node as Record<string, unknown>);
}

describe('unknown keys are refused, never stored', () => {
  it('a 30 MB junk key on a paragraph', async () => {
    const body = doc({ ...p('Hello'), junk: 'x'.repeat(30 * 1024 * 1024) });
    await expectRefusedBody(body, /the body node "paragraph" has an unknown key "junk"/);
  });

  it('hostile keys: __proto__ (as JSON.parse makes it), constructor, on marks and text too', async () => {
    await expectRefusedBody(JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"x":1}}]}'), /unknown key "__proto__"/);
    await expectRefusedBody(doc({ ...p('Hi'), constructor: 'x' }), /unknown key "constructor"/);
    await expectRefusedBody(doc(p({ type: 'text', text: 'Hi', marks: [{ type: 'strong', extra: 1 }] })), /the mark "strong" has an unknown key "extra"/);
    await expectRefusedBody(doc({ type: 'paragraph', text: 'ignored by ProseMirror' }), /unknown key "text"/);
    await expectRefusedBody(doc({ type: 'text', text: 'x', content: [] }), /unknown key "content"/);
    await expectRefusedBody(doc({ type: 'heading', attrs: { level: 2, colour: 'red' } }), /node "heading" has an unknown attribute "colour"/);
  });
});

describe('values JSON cannot hold', () => {
  it('a BigInt is a bad-request, not a JSON.stringify failure', async () => {
    await expectRefusedBody(doc({ type: 'ordered_list', attrs: { order: 10n }, content: [li(p('x'))] }), /order/);
    await expectRefusedBody(doc({ ...p('x'), extra: 10n }), /unknown key "extra"/);
    await expectRefusedBody(doc(p('x'), 5n as never), /BigInt/);
  });

  it('a cyclic body is refused', async () => {
    const para: Record<string, unknown> = { type: 'paragraph', content: [] };
    (para.content as unknown[]).push(para);
    await expectRefusedBody(doc(para), /refers back to itself/);
  });

  it('a body sharing one attrs object between nodes (as ProseMirror toJSON does) is fine', () => {
    const attrs = { level: 2 };
    expect(checkBody(doc({ type: 'heading', attrs, content: [{ type: 'text', text: 'A' }] }, { type: 'heading', attrs, content: [{ type: 'text', text: 'B' }] }))).toBeNull();
  });
});

describe('limits (shared/limits.ts), each named in the refusal', () => {
  it('a 50 MB paragraph', async () => {
    await expectRefusedBody(doc(p('x'.repeat(50 * 1024 * 1024))), /run of text 52,428,800 characters long; the limit is 200,000 characters per run of text/);
  });

  it('characters per body', async () => {
    const paragraphs = Array.from({ length: 30 }, () => p('y'.repeat(LIMITS.textChars)));
    await expectRefusedBody(doc(...paragraphs), /longer than 5,000,000 characters/);
  });

  it('nodes per body', async () => {
    await expectRefusedBody({ type: 'doc', content: Array.from({ length: LIMITS.bodyNodes + 1 }, () => p()) }, /more than 200,000 nodes/);
  });

  it.each([33, 249, 500, 1000])('lists nested %i deep are a typed refusal', async (depth) => {
    await expectRefusedBody(nestedLists(depth), /nested more than 32 levels deep/);
  });

  it('the walk does not recurse: 200,000 levels are refused without a stack overflow', () => {
    let node: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 200_000; i++) node = { type: 'blockquote', content: [node] };
    expect(checkBody(doc(node))).toMatch(/nested more than 32 levels deep/);
  });

  it('at the limits, a body is accepted: 14 levels of lists, a full-length run of text, a 5,000-paragraph story', async () => {
    expect(checkBody(nestedLists(14))).toBeNull(); // doc, 14 × (list, item), paragraph, text: 31 levels
    expect(checkBody(doc(p('z'.repeat(LIMITS.textChars))))).toBeNull();
    const story = doc(...Array.from({ length: 5000 }, (_, i) => p(`Paragraph ${i} of a very long story, with enough words to be real.`)));
    expect(await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body: story } }, APP)).toMatchObject({ ok: true });
    expect(checkBody(everyNodeBody())).toBeNull();
  });

  it('photo attributes and link addresses', async () => {
    await expectRefusedBody(doc({ type: 'photo', attrs: { asset: null, alt: '', caption: 'c'.repeat(LIMITS.caption + 1), photographer: '', agency: '' } }), /attribute "caption" of node "photo" is longer than 10,000 characters/);
    const href = `https://example.com/${'a'.repeat(LIMITS.href)}`;
    await expectRefusedBody(doc(p({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] })), /attribute "href" of mark "link" is longer than 8,000 characters/);
  });

  it('fields and tags', async () => {
    const save = (changes: Record<string, unknown>) => dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes }, APP);
    expect(await save({ headline: 'h'.repeat(LIMITS.headline + 1) })).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/headline is longer than 500/) } });
    expect(await save({ tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`) })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/more than 100 tags/) } });
  });
});

describe('characters SQLite or XML cannot hold: one rule everywhere', () => {
  it.each(['\u0000', '\u0007', '\u000B', '\u001F', '\uFFFF', '\uD800'])('%j in the body, a field or the publication name is refused, naming it', async (char) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    await expectRefusedBody(doc(p(`a${char}b`)), new RegExp(`control character \\(${code.replace('+', '\\+')}\\)`));
    expect(await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { headline: `a${char}b` } }, APP)).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(`headline contains a control character (${code})`) },
    });
    const settings = { publicationName: `Daily${char}News`, siteUrl: '', defaultByline: '', locale: 'en-US', theme: 'classic' };
    expect(await dispatch(METHODS.saveSettings, { settings }, APP)).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(`publication name contains a control character (${code})`) },
    });
  });

  it('tab, newlines in the body, emoji (a surrogate pair) and accents are kept', () => {
    expect(checkBody(doc(p('tab\there, 😀, café, “quotes”')))).toBeNull();
  });

  it('importers and paste remove what the schema refuses (the same rule)', () => {
    expect(removeUnstorableChars('a\u0000b\u000Bc\uFFFEd\uD800e😀\tf')).toBe('abcde😀\tf');
  });
});

describe('the CLI enforces the same limits', () => {
  it('import-json of a body nested 500 deep, or with a NUL in the headline: one line, exit 1, file untouched', () => {
    services.close();
    const before = fingerprint(file);
    const base = { headline: 'x', standfirst: '', byline: '', dateline: '', section: '', tags: [], status: 'draft' };
    for (const [article, pattern] of [
      [{ ...base, body: nestedLists(500) }, /nested more than 32 levels deep/],
      [{ ...base, headline: 'a\u0000b', body: doc(p('x')) }, /headline contains a control character \(U\+0000\)/],
      [{ ...base, body: doc({ ...p('x'), junk: 1 }) }, /unknown key "junk"/],
    ] as const) {
      const input = tmp.file('in.json');
      fs.writeFileSync(input, JSON.stringify(article));
      const run = runCli(['import-json', input, '--db', file]);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.status).toBe(1);
    }
    expect(fingerprint(file)).toBe(before);
    services = openServices(file);
  });
});
