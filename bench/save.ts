// Save through dispatch (what the renderer's autosave calls: parse, check,
// derive plain text and word count, write, summary row) against a raw upsert
// of the same JSON (stringify + one UPDATE in a transaction), on the same
// database file with synchronous=FULL, alternated so both see the same load.
// Every body is a fresh object, as IPC deserializes it. Also: opening the
// article through dispatch against the store's get() alone (what the answer's
// own check costs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../electron/main/services';
import { createDispatch } from '../electron/main/ipc/dispatch';
import { createHandlers } from '../electron/main/ipc/handlers';
import { METHODS } from '../shared/ipc/channels';
import { ArticleGenerator } from './library-db';
import { median, p95, ratioRow, writeSuite, type BenchRow } from './report';

const started = new Date();
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-save-'));
const services = openServices(path.join(dir, 'save.db'));
const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
const generator = new ArticleGenerator(7);
const rows: BenchRow[] = [];

for (const [paragraphs, runs] of [
  [50, 60],
  [5000, 25],
] as const) {
  const base = generator.body(paragraphs * 16) as { type: 'doc'; content: object[] };
  // Exactly `paragraphs` blocks, each a paragraph of about 16 words.
  const blocks = Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] }));
  void base;
  const text = (i: number) => JSON.stringify({ type: 'doc', content: [...blocks.slice(0, -1), { type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}.` }] }] });
  const viaDispatch = services.articles.create();
  const viaRaw = services.articles.create();
  const upsert = services.db.prepare('UPDATE articles SET body_json = ?, revision = revision + 1 WHERE id = ?');
  const raw = services.db.transaction((json: string, id: string) => upsert.run(json, id));
  let revision = viaDispatch.revision;
  const saveTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = -3; i < runs; i++) {
    const bodyA = JSON.parse(text(i));
    let t0 = performance.now();
    const result = (await dispatch(METHODS.saveArticle, { id: viaDispatch.id, baseRevision: revision, changes: { body: bodyA } }, APP)) as {
      ok: boolean;
      value: { revision: number };
    };
    const saveMs = performance.now() - t0;
    if (!result.ok) throw new Error(JSON.stringify(result));
    revision = result.value.revision;
    const bodyB = JSON.parse(text(i));
    t0 = performance.now();
    raw(JSON.stringify(bodyB), viaRaw.id);
    const rawMs = performance.now() - t0;
    if (i >= 0) {
      saveTimes.push(saveMs);
      rawTimes.push(rawMs);
    }
  }
  // Opening the article: getArticle through dispatch (read, check, the response's check) against the store's get() alone.
  const openTimes: number[] = [];
  const getTimes: number[] = [];
  for (let i = -2; i < Math.min(runs, 15); i++) {
    let t0 = performance.now();
    const opened = (await dispatch(METHODS.getArticle, { id: viaDispatch.id }, APP)) as { ok: boolean };
    const openMs = performance.now() - t0;
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    t0 = performance.now();
    services.articles.get(viaDispatch.id);
    const getMs = performance.now() - t0;
    if (i >= 0) {
      openTimes.push(openMs);
      getTimes.push(getMs);
    }
  }
  rows.push(
    ratioRow({
      id: `open.dispatch.${paragraphs}`,
      what: `getArticle through dispatch, ${paragraphs.toLocaleString('en')} paragraphs (p50)`,
      value: median(openTimes),
      unit: 'ms',
      baseline: { what: "the store's get() alone (p50)", value: median(getTimes) },
    }),
  );
  for (const [q, pick] of [
    ['p50', median],
    ['p95', p95],
  ] as const) {
    rows.push(
      ratioRow(
        {
          id: `save.${q}.${paragraphs}`,
          what: `save through dispatch, ${paragraphs.toLocaleString('en')} paragraphs (${q})`,
          value: pick(saveTimes),
          unit: 'ms',
          baseline: { what: `raw upsert of the same JSON (${q})`, value: pick(rawTimes) },
          ...(q === 'p95' ? { target: '≤ 2× raw upsert' } : {}),
        },
        q === 'p95' ? 2 : undefined,
      ),
    );
  }
}
services.close();
fs.rmSync(dir, { recursive: true, force: true });
writeSuite('save', rows, started);
