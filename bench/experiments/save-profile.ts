// Where one save's time goes, step by step, on the real save path: dispatch →
// contract parse → ArticleStore.save on a real SQLite file (synchronous=FULL),
// the body sent as JSON text as the renderer's autosave sends it. The store's
// own steps are timed by wrapping the methods it calls (derive, the summary
// row, the search index, versions, photos), the SQL of the articles UPDATE and
// the commit by what is left; the contract parse and the answer's check are
// timed alone on the same inputs. Then the same steps without the store: a raw
// UPDATE of the body text, the FTS5 update alone. Medians of RUNS saves (the
// last paragraph changes each time, so the body's indexed text changes).
// Not part of npm run bench:
//   . scripts/with-node.sh && npx tsx bench/experiments/save-profile.ts [PARAGRAPHS] [RUNS]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/main/services';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { METHODS } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { ArticleGenerator } from '../library-db';
import { median } from '../report';
import { BodyText } from '../../renderer/src/editor/save/body-text';
import { schema } from '../../shared/article/schema';

const paragraphs = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 30);
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-save-profile-'));
const services = openServices(path.join(dir, 'profile.db'));
const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
const generator = new ArticleGenerator(7);
const blocks = Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] }));
const text = (i: number) => JSON.stringify({ type: 'doc', content: [...blocks.slice(0, -1), { type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}.` }] }] });
// What the renderer sends (editor/save/body-text.ts): the text and each block's length, its untouched blocks the same nodes.
const start = schema.nodeFromJSON(JSON.parse(text(-10)));
const bodyText = new BodyText();
const sent = (i: number) => {
  const { text: body, blockLengths } = bodyText.sent(start.copy(start.content.replaceChild(paragraphs - 1, schema.nodeFromJSON({ type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}.` }] }))));
  return { body, bodyBlockLengths: blockLengths };
};

const phases = new Map<string, number[]>();
let current: Map<string, number> = new Map();
function wrap<T extends object>(owner: T, method: keyof T & string, name: string): void {
  const original = (owner[method] as (...args: unknown[]) => unknown).bind(owner);
  (owner as Record<string, unknown>)[method] = (...args: unknown[]) => {
    const t0 = performance.now();
    try {
      return original(...args);
    } finally {
      current.set(name, (current.get(name) ?? 0) + performance.now() - t0);
    }
  };
}
// The store's collaborators are private fields: reached by name, for this experiment only.
const store = services.articles as unknown as Record<string, object>;
wrap(store.derived as { derive: () => unknown }, 'derive', 'derive plain text + word count');
wrap(store.summaries as { write: () => unknown }, 'write', 'summary row');
wrap(store.search as { update: () => unknown }, 'update', 'search index (FTS5) update');
wrap(services.versions as unknown as { afterAutosave: () => unknown }, 'afterAutosave', 'versions (5-minute rule)');
wrap(services.versions as unknown as { beforeSave: () => unknown }, 'beforeSave', 'versions (5-minute rule)');

const article = services.articles.create();
let revision = article.revision;
const record = (name: string, ms: number) => {
  let list = phases.get(name);
  if (!list) phases.set(name, (list = []));
  list.push(ms);
};
for (let i = -3; i < RUNS; i++) {
  // Through a structured clone, as IPC delivers it: one flat string, not the rope a concatenation builds.
  const changes = structuredClone(sent(i));
  const payload = { id: article.id, baseRevision: revision, changes };
  // The contract's parse alone (cut into blocks, the new ones parsed and checked) on its own copy of the text.
  const copy = { ...changes, body: (' ' + changes.body).slice(1) };
  let t0 = performance.now();
  const parsed = contract.saveArticle.request.safeParse({ ...payload, changes: copy });
  const parseMs = performance.now() - t0;
  if (!parsed.success) throw new Error('the body did not parse');
  current = new Map();
  t0 = performance.now();
  const result = (await dispatch(METHODS.saveArticle, payload, APP)) as { ok: boolean; value: { revision: number } };
  const totalMs = performance.now() - t0;
  if (!result.ok) throw new Error(JSON.stringify(result));
  revision = result.value.revision;
  if (i < 0) continue;
  record('whole save through dispatch', totalMs);
  record('contract parse (timed alone)', parseMs);
  let accounted = parseMs;
  for (const [name, ms] of current) {
    record(name, ms);
    accounted += ms;
  }
  record('rest: articles UPDATE, commit, answer', totalMs - accounted);
}

// The same work without the store, on the same file: a raw UPDATE of the text, and the FTS5 row alone.
const raw = services.db.prepare('UPDATE articles SET body_json = ?, revision = revision + 1 WHERE id = ?');
const rawTx = services.db.transaction((json: string) => raw.run(json, article.id));
const plainOf = (i: number) => blocks.slice(0, -1).map((b) => b.content[0]!.text).concat(`Edit ${i}.`).join('\n\n');
const rowid = services.db.prepare('SELECT rowid FROM article_search_keys WHERE id = ?').pluck().get(article.id);
// The contentless-delete index (migration 010) cannot update one column: the row is replaced whole, as the store does.
const fts = services.db.prepare("INSERT OR REPLACE INTO article_search (rowid, headline, standfirst, byline, dateline, tags, body, credits) VALUES (?, '', '', '', '', '', ?, '')");
const ftsTx = services.db.transaction((plain: string) => fts.run(rowid, plain));
const plainCol = services.db.prepare('UPDATE articles SET plain_text = ? WHERE id = ?');
const plainTx = services.db.transaction((plain: string) => plainCol.run(plain, article.id));
for (let i = -3; i < RUNS; i++) {
  const body = structuredClone(text(1000 + i));
  let t0 = performance.now();
  rawTx(body);
  const rawMs = performance.now() - t0;
  const plain = plainOf(1000 + i);
  t0 = performance.now();
  ftsTx(plain);
  const ftsMs = performance.now() - t0;
  t0 = performance.now();
  plainTx(plain);
  const plainMs = performance.now() - t0;
  if (i < 0) continue;
  record('baseline: raw UPDATE of the body text (own transaction)', rawMs);
  record('alone: FTS5 UPDATE of the body column (own transaction)', ftsMs);
  record('alone: UPDATE of plain_text (own transaction)', plainMs);
}

console.log(`${paragraphs} paragraphs, body ${(text(0).length / 1024).toFixed(0)} KB, ${RUNS} saves; loadavg ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
for (const [name, values] of phases) console.log(`${name.padEnd(58)} ${median(values).toFixed(2).padStart(8)} ms`);
services.close();
fs.rmSync(dir, { recursive: true, force: true });
