// An autosave sends the body as text with each block's length, and main
// checks only the blocks it has not seen (shared/article/body-blocks.ts). What
// it stores must be exactly what a save of the same body parsed whole stores,
// whatever edits led to it; lengths or text that do not fit fall back to the
// whole parse; bad input is refused in the same words and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BodyText } from '../../../renderer/src/editor/save/body-text';
import { applyEdit, body, edit } from '../../support/random-docs';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { blockDerivedOf } from '../../../shared/article/body-blocks';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';
import { schema } from '../../../shared/article/schema';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const ID = '00000000-0000-4000-8000-000000000000';

interface StoredBody {
  body_json: string;
  plain_text: string;
  word_count: number;
  revision: number;
}

describe('saveArticle with the body as text and its blocks’ lengths', () => {
  const tmp = tempDir();
  let services: Services;
  let dispatch: Dispatch;
  beforeAll(() => {
    services = openServices(tmp.file('save-blocks.db'));
    dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => {} });
  });
  afterAll(() => {
    services.close();
    tmp.cleanup();
  });

  // The stored plain text follows the save (store/search-catch-up.ts): read as a reader of it reads, caught up first.
  const stored = (id: string): StoredBody =>
    (services.articles.searchCatchUp.catchUp(), services.db).prepare('SELECT body_json, plain_text, word_count, revision FROM articles WHERE id = ?').get(id) as StoredBody;
  const save = async (id: string, changes: Record<string, unknown>) => {
    const result = await dispatch(METHODS.saveArticle, { id, baseRevision: stored(id).revision, changes }, APP);
    return result as { ok: boolean; error?: { code: string; message: string } };
  };
  /** Whether the contract took the body block by block (the fast path), not whole. */
  const cutIntoBlocks = (changes: Record<string, unknown>): boolean => {
    const parsed = contract.saveArticle.request.safeParse({ id: ID, baseRevision: 1, changes });
    return parsed.success && blockDerivedOf(parsed.data.changes.body as object) !== undefined;
  };

  it('stores exactly what a save of the same body parsed whole stores, after every edit of random edit sequences', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.array(edit, { maxLength: 12 }), async (start, edits) => {
        const byBlocks = services.articles.create().id;
        const whole = services.articles.create().id;
        const text = new BodyText();
        let current = start;
        for (const e of [null, ...edits]) {
          if (e) current = applyEdit(current, e, new Map());
          const sent = text.sent(current);
          // The renderer's lengths always cut its text: the fast path is the one taken, not the fallback.
          expect(cutIntoBlocks({ body: sent.text, bodyBlockLengths: sent.blockLengths })).toBe(true);
          expect(await save(byBlocks, { body: sent.text, bodyBlockLengths: sent.blockLengths })).toMatchObject({ ok: true });
          expect(await save(whole, { body: current.toJSON() })).toMatchObject({ ok: true });
          const [a, b] = [stored(byBlocks), stored(whole)];
          expect({ ...a, revision: 0 }).toEqual({ ...b, revision: 0 });
          expect(a.body_json).toBe(JSON.stringify(current.toJSON()));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('takes the body block by block when the lengths fit, and whole when they or the text were tampered with', () => {
    const blocks = [p('First paragraph.'), p('Second one, with a comma.'), p('Third.')].map((b) => JSON.stringify(b));
    const text = `{"type":"doc","content":[${blocks.join(',')}]}`;
    const lengths = blocks.map((b) => b.length);
    expect(cutIntoBlocks({ body: text, bodyBlockLengths: lengths })).toBe(true);
    for (const tampered of [
      [lengths[0]! + 1, lengths[1]! - 1, lengths[2]!],
      [lengths[0]!, lengths[1]!],
      [...lengths, 1],
      [lengths[0]! + 1 + lengths[1]!, lengths[2]!],
      [lengths[1]!, lengths[0]!, lengths[2]!],
      [lengths[0]!, lengths[1]! + lengths[2]! + 1],
    ]) {
      expect(cutIntoBlocks({ body: text, bodyBlockLengths: tampered })).toBe(false);
    }
    expect(cutIntoBlocks({ body: text.replace('{"type":"doc","content":[', '{"type":"doc", "content":['), bodyBlockLengths: lengths })).toBe(false);
    expect(cutIntoBlocks({ body: `${text} `, bodyBlockLengths: lengths })).toBe(false);
  });

  it('stores the text that came, never a block remembered from an earlier body of the same length', async () => {
    const id = services.articles.create().id;
    const send = (words: string[]) => {
      const blocks = words.map((w) => JSON.stringify(p(w)));
      return save(id, { body: `{"type":"doc","content":[${blocks.join(',')}]}`, bodyBlockLengths: blocks.map((b) => b.length) });
    };
    await send(['Alpha alpha.', 'Bravo bravo.', 'Charlie.']);
    // Every block the same length as before, one of them different text; then a lengths array that no longer cuts at block boundaries.
    await send(['Alpha alpha.', 'Bravo bravx.', 'Charlie.']);
    expect(stored(id)).toMatchObject({ plain_text: 'Alpha alpha.\n\nBravo bravx.\n\nCharlie.', word_count: 5 });
    const blocks = ['Alpha alpha.', 'Delta.'].map((w) => JSON.stringify(p(w)));
    const result = await save(id, { body: `{"type":"doc","content":[${blocks.join(',')}]}`, bodyBlockLengths: [blocks[0]!.length - 3, blocks[1]!.length + 3] });
    expect(result).toMatchObject({ ok: true });
    expect(stored(id)).toMatchObject({ body_json: JSON.stringify(doc(p('Alpha alpha.'), p('Delta.'))), plain_text: 'Alpha alpha.\n\nDelta.', word_count: 3 });
  });

  it('refuses a bad block in the words of the whole check, and lengths that are not numbers, storing nothing', async () => {
    const id = services.articles.create({ body: doc(p('Kept as it was.')) }).id;
    const before = stored(id);
    const good = JSON.stringify(p('Fine.'));
    const bad = JSON.stringify({ type: 'nope' });
    const text = `{"type":"doc","content":[${good},${bad}]}`;
    const withLengths = await save(id, { body: text, bodyBlockLengths: [good.length, bad.length] });
    const withoutLengths = await save(id, { body: text });
    expect(withLengths).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(withLengths.error!.message).toBe(withoutLengths.error!.message);
    expect(withLengths.error!.message).toContain('unknown node type "nope"');
    const notNumbers = await save(id, { body: `{"type":"doc","content":[${good}]}`, bodyBlockLengths: ['13'] });
    expect(notNumbers).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(notNumbers.error!.message).toContain('bodyBlockLengths must be a list of whole numbers');
    expect(await save(id, { body: `{"type":"doc","content":[${good}]}`, bodyBlockLengths: [good.length], extra: 1 })).toMatchObject({ ok: false });
    expect(stored(id)).toEqual(before);
  });

  it('is a conflict, storing nothing, when someone else saved since (another window, the CLI)', async () => {
    const id = services.articles.create({ body: doc(p('One.')) }).id;
    const base = stored(id).revision;
    const text = new BodyText();
    const first = text.sent(schema.nodeFromJSON(doc(p('One.'), p('Two.'))));
    expect(await save(id, { body: first.text, bodyBlockLengths: first.blockLengths })).toMatchObject({ ok: true });
    services.articles.save(id, stored(id).revision, { body: doc(p('Elsewhere.')) });
    const after = stored(id);
    const second = text.sent(schema.nodeFromJSON(doc(p('One.'), p('Two.'), p('Three.'))));
    const result = await dispatch(METHODS.saveArticle, { id, baseRevision: base + 1, changes: { body: second.text, bodyBlockLengths: second.blockLengths } }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(stored(id)).toEqual(after);
  });
});
