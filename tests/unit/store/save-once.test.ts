// A save through dispatch parses and checks the body once: the IPC schema's
// check leaves its node for the store, which derives plain text and word
// count from it. A save that does not change the body does not parse it.
import { Node } from 'prosemirror-model';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { METHODS } from '../../../shared/ipc/channels';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => vi.restoreAllMocks());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

function setup() {
  const services = openServices(tmp.file(`once-${Math.random().toString(16).slice(2)}.db`));
  const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
  return { services, dispatch };
}

/** Whole documents built from JSON (Node.fromJSON also runs for every child). */
function countDocParses() {
  const spy = vi.spyOn(Node, 'fromJSON');
  return () => spy.mock.calls.filter(([, json]) => (json as { type?: string } | null)?.type === 'doc').length;
}

describe('a save', () => {
  it('parses a new body once, from the IPC payload to the stored word count', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create();
    const parses = countDocParses();
    // A fresh object, as IPC deserializes it: nothing was checked for it before.
    const body = JSON.parse(JSON.stringify(doc(...Array.from({ length: 50 }, (_, i) => p(`Paragraph ${i} has five words.`)))));
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { body } }, APP);
    expect(saved).toMatchObject({ ok: true, value: { revision: 2, wordCount: 250 } });
    expect(parses()).toBe(1);
    services.close();
  });

  it('that leaves the body alone does not parse it at all, and keeps its derived text', async () => {
    const { services, dispatch } = setup();
    const { id } = services.articles.create({ body: doc(p('Three words here')) });
    const parses = countDocParses();
    const saved = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { headline: 'Now with a headline' } }, APP);
    expect(saved).toMatchObject({ ok: true, value: { revision: 2, wordCount: 3, headline: 'Now with a headline' } });
    expect(parses()).toBe(0);
    expect(services.db.prepare('SELECT plain_text FROM articles WHERE id = ?').get(id)).toEqual({ plain_text: 'Three words here' });
    services.close();
  });

  it('called directly (the CLI, the tests) still checks the body itself', () => {
    const { services } = setup();
    const { id } = services.articles.create();
    const parses = countDocParses();
    expect(() => services.articles.save(id, 1, { body: { type: 'doc', content: [{ type: 'script' }] } as never })).toThrow(/unknown node type/);
    expect(services.articles.save(id, 1, { body: doc(p('Fine')) }).wordCount).toBe(1);
    expect(parses()).toBe(2);
    services.close();
  });
});
