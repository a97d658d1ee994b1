// The preview renders in a worker that keeps its own copy of the body's
// blocks and is sent only the blocks an edit changed (renderer/src/preview/render/).
// Whatever edits led to a document, the page it answers must be the one export
// writes for that document; a keystroke must send one block, not the article;
// and a worker that cannot start must not cost the preview.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Node } from 'prosemirror-model';
import type { Article } from '../../../shared/article/fields';
import { schema } from '../../../shared/article/schema';
import { renderArticlePage } from '../../../shared/render';
import type { PreviewContext } from '../../../shared/render/preview-context';
import { BlockMirror } from '../../../renderer/src/preview/render/block-mirror';
import { PreviewPageRenderer } from '../../../renderer/src/preview/render/page-renderer';
import { PreviewRenderClient, type PreviewWorker } from '../../../renderer/src/preview/render/render-client';
import type { RenderAnswer, RenderRequest } from '../../../renderer/src/preview/render/protocol';
import { INQUISITR, SEED_RELATED, seedArticle } from '../../fixtures/render/seed-article';
import { everydayBody } from '../../fixtures/render/everyday-article';
import { applyEdit, body, edit } from '../../support/random-docs';

const { body: _body, ...meta } = seedArticle();
const context: PreviewContext = { settings: INQUISITR, related: SEED_RELATED };
const ORIGINS = ['copydesk-asset:'];

const exported = (doc: Node, images: Map<string, string>) =>
  renderArticlePage({ ...meta, body: doc.toJSON() as Article['body'] }, INQUISITR, {
    imageSrc: (sha) => images.get(sha) ?? null,
    related: SEED_RELATED,
    imageOrigins: ORIGINS,
    timeZone: 'UTC',
  });

describe('the preview page renderer, fed by the block mirror', () => {
  it('answers the page export writes, after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { maxLength: 20 }), (start, edits) => {
        const renderer = new PreviewPageRenderer();
        const mirror = new BlockMirror();
        const images = new Map<string, string>();
        const sent = new Map<string, string>();
        let seq = 0;
        const ask = (doc: Node) => {
          // The photo URLs the renderer has not been told yet go along, as the client sends them.
          const fresh = [...images].filter(([sha, url]) => sent.get(sha) !== url);
          for (const [sha, url] of fresh) sent.set(sha, url);
          const gone = [...sent.keys()].filter((sha) => !images.has(sha));
          for (const sha of gone) sent.delete(sha);
          const request: RenderRequest = {
            seq: ++seq,
            article: meta,
            blocks: mirror.diff(doc),
            context: seq === 1 ? context : undefined,
            images: [...fresh.map(([sha, url]) => [sha, { src: url }] as [string, { src: string }]), ...gone.map((sha) => [sha, null] as [string, null])],
            imageOrigins: ORIGINS,
            timeZone: 'UTC',
          };
          const answer = renderer.handle(request);
          if (!answer.ok) throw new Error(answer.message);
          return answer.html;
        };
        let current = start;
        expect(ask(current)).toBe(exported(current, images));
        for (const e of edits) {
          current = applyEdit(current, e, images);
          expect(ask(current)).toBe(exported(current, images));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sends one block for a keystroke in the 61-block article, and nothing for a headline change', () => {
    const mirror = new BlockMirror();
    const start = Node.fromJSON(schema, everydayBody(null));
    expect('reset' in mirror.diff(start) && start.childCount).toBe(61);
    const typed = applyEdit(start, { kind: 'type', at: 30, text: 'x' }, new Map());
    expect(mirror.diff(typed)).toEqual({ from: 30, removed: 1, added: [typed.child(30).toJSON()] });
    expect(mirror.diff(typed)).toEqual({ from: 61, removed: 0, added: [] });
  });

  it('refuses a block the schema rejects, says why, and starts over from the whole body', () => {
    const renderer = new PreviewPageRenderer();
    const good = { seq: 1, article: meta, context, imageOrigins: [], timeZone: 'UTC' };
    expect(renderer.handle({ ...good, blocks: { reset: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fine.' }] }] } }).ok).toBe(true);
    const bad = renderer.handle({ ...good, seq: 2, blocks: { from: 0, removed: 0, added: [{ type: 'heading', attrs: { level: 9 }, content: [] }] } });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('heading level') });
    // Its blocks are dropped: only a full body makes sense to it now.
    expect(renderer.handle({ ...good, seq: 3, blocks: { from: 1, removed: 0, added: [] } }).ok).toBe(false);
  });
});

/** A worker that answers when told to, or one that fails to load. */
function fakeWorker(opts: { fails?: boolean } = {}) {
  const renderer = new PreviewPageRenderer();
  const requests: RenderRequest[] = [];
  const worker: PreviewWorker & { requests: RenderRequest[]; answerAll(): void } = {
    requests,
    onmessage: null,
    onerror: null,
    postMessage: (request) => {
      requests.push(request);
      if (opts.fails) setTimeout(() => worker.onerror?.(new Event('error')), 0);
    },
    terminate: () => {},
    answerAll: () => {
      for (const request of requests.splice(0)) worker.onmessage?.({ data: renderer.handle(request) as RenderAnswer });
    },
  };
  return worker;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the render client', () => {
  const docOf = (text: string) => schema.topNodeType.create(null, [schema.nodes.paragraph!.create(null, schema.text(text))]);
  const options = (worker: PreviewWorker | null, pages: string[], imageSrc = (_sha: string) => null as { src: string } | null) => ({
    startWorker: () => worker,
    imageSrc,
    imageOrigins: ORIGINS,
    timeZone: 'UTC',
    onPage: (html: string) => pages.push(html),
    onError: (message: string) => pages.push(`error: ${message}`),
  });

  it('keeps one request in flight and folds the edits made meanwhile into the next', () => {
    const worker = fakeWorker();
    const pages: string[] = [];
    const client = new PreviewRenderClient(options(worker, pages));
    client.render({ article: meta, doc: docOf('One'), context });
    client.render({ article: meta, doc: docOf('Two'), context });
    client.render({ article: meta, doc: docOf('Three'), context });
    expect(worker.requests).toHaveLength(1);
    worker.answerAll();
    expect(worker.requests).toHaveLength(1); // the latest, "Three"; "Two" is never rendered
    worker.answerAll();
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('<p>One</p>');
    expect(pages[1]).toContain('<p>Three</p>');
  });

  it('renders on this thread when no worker starts, or when the worker fails to load', async () => {
    for (const worker of [null, fakeWorker({ fails: true })]) {
      const pages: string[] = [];
      const client = new PreviewRenderClient(options(worker, pages));
      client.render({ article: meta, doc: docOf('Still previewed'), context });
      await tick();
      await tick();
      expect(pages.at(-1)).toContain('<p>Still previewed</p>');
      client.dispose();
    }
  });

  it('sends a photo URL it already knows with the next request, and re-renders when one arrives', () => {
    const worker = fakeWorker();
    const pages: string[] = [];
    const sha = 'd'.repeat(64);
    const known = new Map<string, { src: string }>();
    const client = new PreviewRenderClient(options(worker, pages, (s) => known.get(s) ?? null));
    const doc = schema.topNodeType.create(null, [schema.nodes.photo!.create({ asset: sha, caption: 'The river' })]);
    client.render({ article: meta, doc, context });
    worker.answerAll();
    expect(pages[0]).not.toContain('The river');
    client.imageResolved(sha, { src: 'data:image/png;base64,iVBORw0KGgo=' });
    worker.answerAll();
    expect(pages[1]).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
  });
});
