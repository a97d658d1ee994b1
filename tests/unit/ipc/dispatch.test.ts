// dispatch on a real SQLite file: sender checks, payload validation, result union.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const tmp = tempDir();
let services: Services;
let dispatch: Dispatch;
let logged: unknown[];

beforeEach(() => {
  services = openServices(tmp.file(`d-${Math.random().toString(16).slice(2)}.db`));
  logged = [];
  dispatch = createDispatch(createHandlers(services), {
    isTrustedUrl: (url) => url.startsWith('app://copydesk/'),
    log: (e) => logged.push(e),
  });
});
afterEach(() => {
  services.close();
});
afterAll(() => tmp.cleanup());

describe('dispatch', () => {
  it('creates, saves, gets, lists and deletes through the contract', async () => {
    const created = await dispatch(METHODS.createArticle, { fields: { headline: 'Hello' } }, APP);
    expect(created.ok).toBe(true);
    const article = (created as { value: { id: string; revision: number } }).value;
    const saved = await dispatch(
      METHODS.saveArticle,
      { id: article.id, baseRevision: article.revision, changes: { body: doc(p('Words here.')) } },
      APP,
    );
    expect(saved).toMatchObject({ ok: true, value: { revision: 2, wordCount: 2 } });
    expect(await dispatch(METHODS.getArticle, { id: article.id }, APP)).toMatchObject({ ok: true, value: { headline: 'Hello' } });
    expect(await dispatch(METHODS.listArticles, { limit: 50 }, APP)).toMatchObject({ ok: true, value: { items: [{ id: article.id }], nextCursor: null, total: 1 } });
    // Deleting is for a spiked article only.
    expect(await dispatch(METHODS.deleteArticle, { id: article.id }, APP)).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/is not spiked/) } });
    expect(await dispatch(METHODS.spikeArticle, { id: article.id }, APP)).toMatchObject({ ok: true, value: { id: article.id, spikedAt: expect.any(String) } });
    expect(await dispatch(METHODS.listArticles, { limit: 50 }, APP)).toMatchObject({ ok: true, value: { items: [], total: 0 } });
    expect(await dispatch(METHODS.deleteArticle, { id: article.id }, APP)).toEqual({ ok: true, value: { id: article.id } });
  });

  it('rejects foreign frames and subframes before reading the payload', async () => {
    for (const sender of [
      { url: 'https://evil.example/', isTopFrame: true },
      { url: 'app://copydesk/index.html', isTopFrame: false },
      { url: 'file:///etc/passwd', isTopFrame: true },
    ]) {
      expect(await dispatch(METHODS.listArticles, {}, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('rejects unknown channels and malformed payloads with a readable message', async () => {
    expect(await dispatch('fs:read', {}, APP)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(42, {}, APP)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = await dispatch(METHODS.getArticle, { id: 'nope' }, APP);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/id/);
    expect(await dispatch(METHODS.listArticles, { extra: 1 }, APP)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch(METHODS.listArticles, null, APP)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('returns a conflict for a stale revision and keeps the stored text', async () => {
    const created = (await dispatch(METHODS.createArticle, {}, APP)) as { value: { id: string } };
    const id = created.value.id;
    await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { headline: 'First' } }, APP);
    const stale = await dispatch(METHODS.saveArticle, { id, baseRevision: 1, changes: { headline: 'Second' } }, APP);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(services.articles.get(id).headline).toBe('First');
  });

  it('turns unexpected errors into an internal result instead of throwing', async () => {
    services.close();
    const result = await dispatch(METHODS.listArticles, { limit: 50 }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
  });
});
