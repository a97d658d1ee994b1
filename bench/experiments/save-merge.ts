// Where a short article's save p95 comes from: the WAL pages each save writes
// and FTS5's automatic merges of index segments. Runs the same saves of a
// PARAGRAPHS-paragraph body through dispatch (the renderer's text and block
// lengths; each save changes the last paragraph, so the index row is rewritten)
// on fresh database files, one per setting of the index's 'automerge', and a
// raw UPDATE of the same text beside each, alternated. Prints p50 / p95 of
// both and the mean WAL frames per save, by table, (from the WAL file's size: the
// file is emptied, PRAGMA wal_checkpoint(TRUNCATE), before each save, outside
// the timing, for both).
// Not part of npm run bench:
//   . scripts/with-node.sh && npx tsx bench/experiments/save-merge.ts [PARAGRAPHS] [RUNS]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/main/services';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { METHODS } from '../../shared/ipc/channels';
import { schema } from '../../shared/article/schema';
import { BodyText } from '../../renderer/src/editor/save/body-text';
import { ArticleGenerator } from '../library-db';
import { median, p95 } from '../report';

const paragraphs = Number(process.argv[2] ?? 50);
const RUNS = Number(process.argv[3] ?? 300);
const SETTINGS = (process.env.AUTOMERGE ?? 'default,8,16').split(',');
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const PAGE = 4096 + 24;

for (const setting of SETTINGS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-save-merge-'));
  const file = path.join(dir, 'merge.db');
  const services = openServices(file);
  if (setting !== 'default') services.db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('automerge', ?)").run(setting);
  // NOINDEX=1: what a save costs without its index update (an experiment on the store's private field, not a setting).
  if (process.env.NOINDEX) (services.articles as unknown as { search: { update: () => void } }).search.update = () => {};
  const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
  const generator = new ArticleGenerator(11);
  // A library around it, so the index has segments to merge as in use.
  for (let i = 0; i < 200; i++) services.articles.create({ headline: generator.sentence(6, 10), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(40, 80) }] }] } });
  const start = schema.nodeFromJSON({ type: 'doc', content: Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] })) });
  const article = services.articles.create({ body: start.toJSON() });
  const raw = services.articles.create({ body: start.toJSON() });
  const upsert = services.db.prepare('UPDATE articles SET body_json = ?, revision = revision + 1 WHERE id = ?');
  const rawTx = services.db.transaction((json: string) => upsert.run(json, raw.id));
  const text = new BodyText();
  let revision = article.revision;
  const saves: number[] = [];
  const raws: number[] = [];
  let frames = 0;
  let counted = 0;
  const perSave: number[] = [];
  let rawFrames = 0;
  // Which table or index each WAL frame of a save belongs to (dbstat; freelist and pointer-map pages have no name).
  const byTable = new Map<string, number>();
  const owner = services.db.prepare('SELECT name FROM dbstat WHERE pageno = ?').pluck();
  const framePages = (): number[] => {
    const wal = fs.readFileSync(`${file}-wal`);
    const pages: number[] = [];
    for (let at = 32; at + 24 <= wal.length; at += PAGE) pages.push(wal.readUInt32BE(at));
    return pages;
  };
  const walSize = () => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
  const truncate = services.db.prepare('PRAGMA wal_checkpoint(TRUNCATE)');
  const merge = services.db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('merge', ?)");
  for (let i = -5; i < RUNS; i++) {
    const sent = text.sent(start.copy(start.content.replaceChild(paragraphs - 1, schema.nodeFromJSON({ type: 'paragraph', content: [{ type: 'text', text: `Edit ${i} ${generator.sentence(3, 6)}` }] }))));
    truncate.run();
    const before = walSize();
    const t0 = performance.now();
    const result = (await dispatch(METHODS.saveArticle, { id: article.id, baseRevision: revision, changes: { body: sent.text, bodyBlockLengths: sent.blockLengths } }, APP)) as { ok: boolean; value: { revision: number } };
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(JSON.stringify(result));
    revision = result.value.revision;
    const after = walSize();
    if (i >= 0) for (const page of framePages()) {
      const name = (owner.get(page) as string | undefined) ?? '(freelist or other)';
      byTable.set(name, (byTable.get(name) ?? 0) + 1);
    }
    // IDLEMERGE=N: what the app does between autosaves (store/search-merge.ts, off the save's path): FTS5's 'merge' of up to |N| pages.
    if (process.env.IDLEMERGE) merge.run(process.env.IDLEMERGE);
    truncate.run();
    const t1 = performance.now();
    rawTx(sent.text);
    const rawMs = performance.now() - t1;
    if (i >= 0) rawFrames += (walSize() - 32) / PAGE;
    if (i < 0) continue;
    saves.push(ms);
    raws.push(rawMs);
    const written = (after - before - (before === 0 ? 32 : 0)) / PAGE;
    frames += written;
    perSave.push(written);
    counted++;
  }
  console.log(
    `automerge ${setting.padEnd(7)} save p50 ${median(saves).toFixed(2)} p95 ${p95(saves).toFixed(2)} ms · raw p50 ${median(raws).toFixed(2)} p95 ${p95(raws).toFixed(2)} ms · p95 ratio ${(p95(saves) / p95(raws)).toFixed(2)}× · ${(frames / counted).toFixed(1)} WAL frames per save (p95 ${p95(perSave)}, max ${Math.max(...perSave)}; raw upsert ${(rawFrames / counted).toFixed(1)}) · load ${os.loadavg()[0]!.toFixed(2)}`,
  );
  console.log('  WAL frames per save by table: ' + [...byTable].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${(n / counted).toFixed(1)}`).join(', '));
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
