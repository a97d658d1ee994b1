// Where a save's fixed cost goes (issue 11): a save through dispatch and a raw
// upsert of the same JSON, alternated, each split into its statements and
// JavaScript (run inside an explicit BEGIN IMMEDIATE) and its COMMIT (the WAL
// write and fsync, and a checkpoint when the WAL passes wal_autocheckpoint),
// with the WAL frames each commit writes. Not part of npm run bench:
//   . scripts/with-node.sh && npx tsx bench/experiments/save-fixed.ts [PARAGRAPHS] [RUNS] [--no-search] [--growing] [--app-wal]
// --no-search leaves the search index out of the save (what a write-behind index leaves of the save itself).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/main/services';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { METHODS } from '../../shared/ipc/channels';
import { ArticleGenerator } from '../library-db';
import { median, p95 } from '../report';
import { BodyText } from '../../renderer/src/editor/save/body-text';
import { schema } from '../../shared/article/schema';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const noSearch = process.argv.includes('--no-search');
// --growing: each save's edit is one character longer, as typing makes it, so the row changes size and SQLite
// rewrites its whole overflow chain (an edit of the same size rewrites only the pages that differ).
const growing = process.argv.includes('--growing');
const paragraphs = Number(args[0] ?? 50);
const RUNS = Number(args[1] ?? 200);
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-save-fixed-'));
const services = openServices(path.join(dir, 'fixed.db'));
if (noSearch) {
  // The store's collaborator is a private field: reached by name, for this experiment only.
  const store = services.articles as unknown as { search: { update: () => void } };
  store.search.update = () => {};
}
const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
const generator = new ArticleGenerator(7);
const blocks = Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] }));
const edit = (i: number) => ({ type: 'paragraph', content: [{ type: 'text', text: growing ? `Edit ${'x'.repeat(i + 10)}.` : `Edit ${i}.` }] });
const text = (i: number) => JSON.stringify({ type: 'doc', content: [...blocks.slice(0, -1), edit(i)] });
// What the renderer sends (editor/save/body-text.ts): the text and each block's length, its untouched blocks the same nodes.
const start = schema.nodeFromJSON(JSON.parse(text(-10)));
const bodyText = new BodyText();
const sent = (i: number) => {
  const { text: body, blockLengths } = bodyText.sent(start.copy(start.content.replaceChild(paragraphs - 1, schema.nodeFromJSON(edit(i)))));
  return { body, bodyBlockLengths: blockLengths };
};
const article = services.articles.create();
const rawArticle = services.articles.create();
let revision = article.revision;
const raw = services.db.prepare('UPDATE articles SET body_json = ?, revision = revision + 1 WHERE id = ?');
const appWal = process.argv.includes('--app-wal');
const walFrames = () => (services.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
const times: Record<string, number[]> = {};
const record = (name: string, ms: number) => (times[name] ??= []).push(ms);
const frames = { save: [] as number[], raw: [] as number[] };
/** Runs `write` in an explicit transaction: [statements and JavaScript, COMMIT, WAL frames written]. */
async function split(write: () => Promise<unknown> | unknown): Promise<[number, number, number]> {
  // A checkpoint first, outside the timing (unless --app-wal: the WAL then grows and checkpoints as in the app today).
  if (!appWal) services.db.pragma('wal_checkpoint(PASSIVE)');
  const t0 = performance.now();
  services.db.exec('BEGIN IMMEDIATE');
  await write();
  const t1 = performance.now();
  services.db.exec('COMMIT');
  const t2 = performance.now();
  return [t1 - t0, t2 - t1, appWal ? 0 : walFrames()];
}
for (let i = -5; i < RUNS; i++) {
  // Through a structured clone, as IPC delivers it: one flat string, not the rope a concatenation builds.
  const payload = { id: article.id, baseRevision: revision, changes: structuredClone(sent(i)) };
  const [saveMs, saveCommitMs, saveFrames] = await split(async () => {
    const result = (await dispatch(METHODS.saveArticle, payload, APP)) as { ok: boolean; value: { revision: number } };
    if (!result.ok) throw new Error(JSON.stringify(result));
    revision = result.value.revision;
  });
  const body = structuredClone(text(i));
  const [rawMs, rawCommitMs, rawFrames] = await split(() => raw.run(body, rawArticle.id));
  if (i < 0) continue;
  record('save: statements and JavaScript', saveMs);
  record('save: COMMIT', saveCommitMs);
  record('save: whole', saveMs + saveCommitMs);
  record('raw upsert: statement', rawMs);
  record('raw upsert: COMMIT', rawCommitMs);
  record('raw upsert: whole', rawMs + rawCommitMs);
  frames.save.push(saveFrames);
  frames.raw.push(rawFrames);
}
console.log(`${paragraphs} paragraphs, ${RUNS} runs${noSearch ? ', search index left out' : ''}${growing ? ', growing edits' : ''}${appWal ? ', WAL left to autocheckpoint' : ''}; loadavg ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
for (const [name, values] of Object.entries(times)) console.log(`${name.padEnd(34)} p50 ${median(values).toFixed(3).padStart(8)} ms   p95 ${p95(values).toFixed(3).padStart(8)} ms`);
console.log(`WAL frames per commit: save ${median(frames.save)}, raw upsert ${median(frames.raw)}`);
services.close();
fs.rmSync(dir, { recursive: true, force: true });
