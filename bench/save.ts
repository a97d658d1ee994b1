// Save through dispatch (what the renderer's autosave calls: the body as JSON
// text with each block's length, built by the renderer's own BodyText from a
// ProseMirror document whose untouched blocks are the same nodes from save to
// save, editor/save/body-text.ts; parse and check the blocks main has not seen,
// derive the word count, write, summary row, the article recorded for the search catch-up) against a raw upsert of the same
// JSON text (one UPDATE in a transaction), on the same database file with
// synchronous=FULL, alternated so both see the same load; what the app does
// once the saves pause runs between rounds, outside the timing: the catch-up
// of the stored plain text and the search index (store/search-catch-up.ts,
// since migration 018 no longer in the save), the merge (store/search-merge.ts),
// then the WAL checkpoint (store/idle-checkpoint.ts).
// So that nothing is hidden, the catch-up of each save is timed on its own
// too (save.catch-up.*), and with the save (save.with-catch-up.*). Every save changes
// the last paragraph, so the indexed text changes too. Beside it, at each
// size: a save whose body changes only its marks (the search index is left
// alone, store/search-index.ts), and the search index's rewrite of that body
// text alone as one row (an FTS5 UPDATE of a whole row, in its own
// transaction): what any save that changed the words paid before long bodies
// were indexed in chunks (migration 015); at 5,000 paragraphs, also the
// rewrite of the one chunk row that changed, which is what the catch-up pays now
// (bench/experiments/save-profile.ts splits a save into its steps). Beside it,
// the same save sent as text without the lengths: parsed and checked whole,
// what every save paid before shared/article/body-blocks.ts. Also: opening the article through dispatch
// against the store's get() alone (what the answer's own check costs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../electron/main/services';
import { createDispatch } from '../electron/main/ipc/dispatch';
import { createHandlers } from '../electron/main/ipc/handlers';
import { METHODS } from '../shared/ipc/channels';
import { ArticleGenerator } from './library-db';
import { bodyChunks } from '../shared/search/chunks';
import { chunkRowid } from '../electron/main/store/search-rows';
import { median, p95, ratioRow, writeSuite, type BenchRow } from './report';
import { BodyText, type SentBody } from '../renderer/src/editor/save/body-text';
import { IdleSearchMerge } from '../electron/main/store/search-merge';
import { IdleCheckpoint } from '../electron/main/store/idle-checkpoint';
import { schema } from '../shared/article/schema';
import type { Node } from 'prosemirror-model';

const started = new Date();
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-save-'));
const services = openServices(path.join(dir, 'save.db'));
// As in the app (shell/index.ts): the search text caught up and the index's segments merged after writes, between saves (store/search-merge.ts);
// here at the end of each round, outside the timing, where the app's autosaves are at least 750 ms apart.
const merge = new IdleSearchMerge({ db: services.db, pending: services.articles.searchCatchUp });
// And the WAL checkpointed once writes pause (store/idle-checkpoint.ts), after the merge, as the app does.
const checkpoint = new IdleCheckpoint({ db: services.db });
const dispatch = createDispatch(
  createHandlers(services, {
    onWrite: () => {
      merge.changed();
      checkpoint.changed();
    },
  }),
  { isTrustedUrl: (u) => u.startsWith('app://copydesk/') },
);
const generator = new ArticleGenerator(7);
const rows: BenchRow[] = [];
const timed = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

for (const [paragraphs, runs] of [
  [50, 200],
  [5000, 40],
] as const) {
  // Exactly `paragraphs` blocks, each a paragraph of about 16 words.
  const blocks = Array.from({ length: paragraphs }, () => JSON.stringify({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] }));
  const last = (i: number) => `{"type":"paragraph","content":[{"type":"text","text":"Edit ${i}."}]}`;
  // The same words, bold or not: only the body's JSON changes, not its text.
  const marked = (i: number) => `{"type":"paragraph","content":[{"type":"text",${i % 2 ? '"marks":[{"type":"strong"}],' : ''}"text":"Edit."}]}`;
  const body = (lastBlock: string) => `{"type":"doc","content":[${[...blocks.slice(0, -1), lastBlock].join(',')}]}`;
  // The renderer's document: every block but the last is the same node in every save, as in the editor.
  const start = schema.nodeFromJSON(JSON.parse(body(last(-10))));
  const docWith = (lastBlock: string): Node => start.copy(start.content.replaceChild(paragraphs - 1, schema.nodeFromJSON(JSON.parse(lastBlock))));
  const plain = (i: number) => [...blocks.slice(0, -1).map((b) => (JSON.parse(b) as { content: { text: string }[] }).content[0]!.text), `Edit ${i}.`].join('\n\n');
  const viaDispatch = services.articles.create();
  const viaMarks = services.articles.create();
  const viaWhole = services.articles.create();
  const viaRaw = services.articles.create();
  const viaRawColumns = services.articles.create();
  const viaIndex = services.articles.create({ body: JSON.parse(body(last(-10))) });
  const upsert = services.db.prepare('UPDATE articles SET body_json = ?, revision = revision + 1 WHERE id = ?');
  const raw = services.db.transaction((json: string, id: string) => upsert.run(json, id));
  // The same upsert writing every column a save of the body stores (its JSON, word count, time, and its row to index), without checks.
  const upsertColumns = services.db.prepare('UPDATE articles SET body_json = ?, word_count = ?, updated_at = ?, revision = revision + 1 WHERE id = ?');
  const recordPending = services.db.prepare('INSERT OR REPLACE INTO search_pending (id, revision, problem) VALUES (?, (SELECT revision FROM articles WHERE id = ?), NULL)');
  const rawColumns = services.db.transaction((json: string, id: string) => {
    upsertColumns.run(json, 16 * paragraphs, new Date().toISOString(), id);
    recordPending.run(id, id);
  });
  const indexRow = services.db.prepare('SELECT rowid FROM article_search_keys WHERE id = ?').pluck().get(viaIndex.id);
  // The contentless-delete index (migration 010) cannot update one column: the row is replaced whole, as the store does.
  const rewrite = services.db.prepare("INSERT OR REPLACE INTO article_search (rowid, headline, standfirst, byline, dateline, tags, body, credits) VALUES (?, '', '', '', '', '', ?, '')");
  const index = services.db.transaction((text: string) => rewrite.run(indexRow, text));
  // The chunk row a save of the last paragraph rewrites (the article's own last chunk), when the body is chunked.
  const chunkOf = (text: string) => bodyChunks(text);
  const chunked = chunkOf(plain(-10)) !== null;
  const indexChunk = services.db.transaction((text: string) => {
    const chunks = chunkOf(text)!;
    rewrite.run(chunkRowid(indexRow as number, chunks.length - 1), chunks[chunks.length - 1]!);
  });
  const save = async (id: string, baseRevision: number, sent: SentBody | string): Promise<number> => {
    const changes = typeof sent === 'string' ? { body: sent } : { body: sent.text, bodyBlockLengths: sent.blockLengths };
    const result = (await dispatch(METHODS.saveArticle, { id, baseRevision, changes }, APP)) as { ok: boolean; value: { revision: number } };
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.revision;
  };
  let revision = viaDispatch.revision;
  let marksRevision = viaMarks.revision;
  let wholeRevision = viaWhole.revision;
  // One per article, as each editor keeps its own (its blocks' texts by node).
  const [saveText, marksText] = [new BodyText(), new BodyText()];
  const times = { catchUp: [] as number[], save: [] as number[], whole: [] as number[], raw: [] as number[], rawColumns: [] as number[], marks: [] as number[], index: [] as number[], chunk: [] as number[] };
  for (let i = -3; i < runs; i++) {
    // Each text built outside the timing and passed through a structured clone, as IPC delivers it: one flat string
    // (a concatenation is a rope, which the first read must copy flat: ~0.6 ms at 5,000 paragraphs that no IPC save pays).
    const overIpc = <T>(value: T): T => structuredClone(value);
    const [a, b, c, d, e, f] = [overIpc(saveText.sent(docWith(last(i)))), overIpc(body(last(i))), overIpc(marksText.sent(docWith(marked(i)))), plain(i), overIpc(body(last(i))), overIpc(body(last(i)))];
    // The first write after the idle work between rounds (catch-up, merge, checkpoint) starts a new WAL and finds
    // colder pages: the save and its raw upsert take turns at being that write, so neither is always charged for it.
    const rawFirst = i % 2 === 1;
    const rawBefore = rawFirst ? timed(() => raw(b, viaRaw.id)) : 0;
    let t0 = performance.now();
    revision = await save(viaDispatch.id, revision, a);
    const saveMs = performance.now() - t0;
    const rawMs = rawFirst ? rawBefore : timed(() => raw(b, viaRaw.id));
    t0 = performance.now();
    marksRevision = await save(viaMarks.id, marksRevision, c);
    const marksMs = performance.now() - t0;
    t0 = performance.now();
    wholeRevision = await save(viaWhole.id, wholeRevision, f);
    const wholeMs = performance.now() - t0;
    const indexMs = timed(() => index(d));
    const rawColumnsMs = timed(() => rawColumns(e, viaRawColumns.id));
    const chunkMs = chunked ? timed(() => indexChunk(d)) : 0;
    // The catch-up of the timed save's article alone (plain text and index rows), then the rest and the merge.
    const catchUpMs = timed(() => services.articles.searchCatchUp.catchUpOne(viaDispatch.id));
    merge.runNow();
    checkpoint.runNow();
    if (i >= 0) {
      times.catchUp.push(catchUpMs);
      times.save.push(saveMs);
      times.whole.push(wholeMs);
      times.raw.push(rawMs);
      times.rawColumns.push(rawColumnsMs);
      times.marks.push(marksMs);
      times.index.push(indexMs);
      times.chunk.push(chunkMs);
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
  const n = paragraphs.toLocaleString('en');
  for (const [q, pick] of [
    ['p50', median],
    ['p95', p95],
  ] as const) {
    const baseline = { what: `raw upsert of the same JSON text (${q})`, value: pick(times.raw) };
    rows.push(
      ratioRow(
        {
          id: `save.${q}.${paragraphs}`,
          what: `save through dispatch, ${n} paragraphs, body as text with its blocks' lengths (${q})`,
          value: pick(times.save),
          unit: 'ms',
          baseline,
          ...(q === 'p95' ? { target: '≤ 2× raw upsert' } : {}),
        },
        q === 'p95' ? 2 : undefined,
      ),
      ratioRow({ id: `save.catch-up.${q}.${paragraphs}`, what: `the search catch-up that follows that save once writes pause (plain text, changed index rows), ${n} paragraphs (${q})`, value: pick(times.catchUp), unit: 'ms', baseline }),
      ratioRow({ id: `save.with-catch-up.${q}.${paragraphs}`, what: `that save and its catch-up together (the work the save did in its transaction before migration 018), ${n} paragraphs (${q})`, value: pick(times.save.map((t, k) => t + times.catchUp[k]!)), unit: 'ms', baseline }),
      ratioRow({ id: `save.whole-text.${q}.${paragraphs}`, what: `the same save sent as text without its blocks' lengths (parsed and checked whole), ${n} paragraphs (${q})`, value: pick(times.whole), unit: 'ms', baseline }),
      ratioRow({ id: `save.vs-columns.${q}.${paragraphs}`, what: `the same save against a raw upsert of every column it stores (JSON, word count, time, its row to index), ${n} paragraphs (${q})`, value: pick(times.save), unit: 'ms', baseline: { what: `raw upsert of those columns (${q})`, value: pick(times.rawColumns) } }),
      ratioRow({ id: `save.marks.${q}.${paragraphs}`, what: `save that changes only marks (index untouched), ${n} paragraphs (${q})`, value: pick(times.marks), unit: 'ms', baseline }),
      ratioRow({ id: `save.index.${q}.${paragraphs}`, what: `the search index's rewrite of that text alone as one row (FTS5 UPDATE), ${n} paragraphs (${q})`, value: pick(times.index), unit: 'ms', baseline }),
    );
    if (chunked)
      rows.push(ratioRow({ id: `save.index-chunk.${q}.${paragraphs}`, what: `the rewrite of the one chunk row that changed (migration 015; chunking included), ${n} paragraphs (${q})`, value: pick(times.chunk), unit: 'ms', baseline }));
  }
}
services.close();
fs.rmSync(dir, { recursive: true, force: true });
writeSuite('save', rows, started);
