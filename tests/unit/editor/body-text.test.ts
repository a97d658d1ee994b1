// An autosave sends the body as text built from per-block pieces kept between
// saves (renderer/src/editor/save/body-text.ts); it must be exactly the JSON of
// the whole document, whatever edits led to it, and main must take it as it
// takes the object.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BodyText } from '../../../renderer/src/editor/save/body-text';
import { applyEdit, body, edit } from '../../support/random-docs';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { doc, p } from '../../support/docs';
import { tempDir } from '../../support/temp';

describe('the autosave body text', () => {
  it('is JSON.stringify of the whole document after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { maxLength: 20 }), (start, edits) => {
        const text = new BodyText();
        let current = start;
        expect(text.of(current)).toBe(JSON.stringify(current.toJSON()));
        for (const e of edits) {
          current = applyEdit(current, e, new Map());
          expect(text.of(current)).toBe(JSON.stringify(current.toJSON()));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('saveArticle with the body as text', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

  it('stores it as the same body; refuses text that is not JSON or not a valid body, and unknown fields', async () => {
    const services = openServices(tmp.file('body-text.db'));
    try {
      const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => {} });
      const article = services.articles.create({ headline: 'Text body' });
      const body = doc(p('Sent as one string.'));
      const saved = await dispatch(METHODS.saveArticle, { id: article.id, baseRevision: article.revision, changes: { body: JSON.stringify(body) } }, APP);
      expect(saved).toMatchObject({ ok: true, value: { wordCount: 4 } });
      expect(services.articles.get(article.id).body).toEqual(body);
      const revision = services.articles.get(article.id).revision;
      for (const changes of [{ body: '{"type":"doc"' }, { body: JSON.stringify({ type: 'doc', content: [{ type: 'nope' }] }) }, { body: JSON.stringify(body), extra: 1 }]) {
        expect(await dispatch(METHODS.saveArticle, { id: article.id, baseRevision: revision, changes }, APP)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
      expect(services.articles.get(article.id).revision).toBe(revision);
    } finally {
      services.close();
    }
  });
});
