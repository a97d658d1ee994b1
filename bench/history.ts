// Does keeping versions make a save slower? Saves of a 1,000-paragraph
// article through dispatch (what autosave calls), three ways on one database
// file (synchronous=FULL), alternated so all see the same load:
//  - versions off: the store with its version hooks emptied — the save as it
//    was before History (the baseline);
//  - versions on, as an autosave meets them: at most one automatic version per
//    5 minutes, so almost every save only asks whether one is due;
//  - versions on, a version with every save: the clock moves 6 minutes a save,
//    so each save also reads back, hashes and writes the whole article.
// The body goes as JSON text, as the renderer sends it. As in the app
// (store/idle-checkpoint.ts), the WAL is checkpointed once the writes pause —
// here at the end of each round, outside the timing — and not by SQLite inside
// whichever commit takes it past 1,000 pages: without it a 22–60 ms checkpoint
// landed in every ~18th save of each arm and every ~9th of the arm that writes a
// version too, and a p95 of 40 saves (the second worst) was a lottery of those
// (0.80× and 3.17× in two full runs on 2026-12-07).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices, type Services } from '../electron/main/services';
import { ArticleStore } from '../electron/main/store/article-store';
import { createDispatch } from '../electron/main/ipc/dispatch';
import { createHandlers } from '../electron/main/ipc/handlers';
import { METHODS } from '../shared/ipc/channels';
import { IdleCheckpoint } from '../electron/main/store/idle-checkpoint';
import { ArticleGenerator } from './library-db';
import { median, p95, ratioRow, writeSuite, type BenchRow } from './report';

const started = new Date();
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const PARAGRAPHS = 1000;
const RUNS = Number(process.env.BENCH_HISTORY_RUNS ?? 200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-history-'));
const services = openServices(path.join(dir, 'history.db'));
const generator = new ArticleGenerator(11);
const checkpoint = new IdleCheckpoint({ db: services.db });

let fastClock = Date.now();
const arms = {
  off: new ArticleStore(services.db),
  typical: new ArticleStore(services.db),
  every: new ArticleStore(services.db, () => new Date((fastClock += 6 * 60_000))),
};
// The save as it was before versions: the hooks a save calls do nothing.
Object.assign(arms.off.versions, { beforeSave: () => undefined, afterAutosave: () => undefined });

const dispatchers = Object.fromEntries(
  Object.entries(arms).map(([name, store]) => [
    name,
    createDispatch(createHandlers({ ...services, articles: store, versions: store.versions } as Services), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') }),
  ]),
) as Record<keyof typeof arms, ReturnType<typeof createDispatch>>;

const blocks = Array.from({ length: PARAGRAPHS }, () => ({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] }));
const text = (i: number) => JSON.stringify({ type: 'doc', content: [...blocks.slice(0, -1), { type: 'paragraph', content: [{ type: 'text', text: `Edit ${i}.` }] }] });
const state = Object.fromEntries(Object.entries(arms).map(([name, store]) => [name, { ...store.create(), times: [] as number[] }])) as unknown as Record<
  keyof typeof arms,
  { id: string; revision: number; times: number[] }
>;

for (let i = -3; i < RUNS; i++) {
  // A different order each round, so no arm always runs right after another's write.
  const order = (['off', 'typical', 'every'] as const).slice().sort(() => Math.sin(i * 7919) - 0.3);
  for (const arm of order) {
    const s = state[arm];
    const body = text(i);
    const t0 = performance.now();
    const result = (await dispatchers[arm](METHODS.saveArticle, { id: s.id, baseRevision: s.revision, changes: { body } }, APP)) as { ok: boolean; value: { revision: number } };
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(JSON.stringify(result));
    s.revision = result.value.revision;
    if (i >= 0) s.times.push(ms);
    checkpoint.changed();
  }
  checkpoint.runNow();
}
const versionsOf = (arm: keyof typeof arms) => services.versions.list(state[arm].id, { limit: 200 }).items.length;
console.log(`[history] versions kept: off ${versionsOf('off')}, typical ${versionsOf('typical')}, every save ${versionsOf('every')}`);

const rows: BenchRow[] = [];
for (const [q, pick] of [
  ['p50', median],
  ['p95', p95],
] as const) {
  for (const arm of ['typical', 'every'] as const) {
    rows.push(
      ratioRow(
        {
          id: `history.save.${arm}.${q}.${PARAGRAPHS}`,
          what: `save with versions on${arm === 'every' ? ', a version with every save' : ' (autosave: one version per 5 min)'}, ${PARAGRAPHS.toLocaleString('en')} paragraphs (${q})`,
          value: pick(state[arm].times),
          unit: 'ms',
          baseline: { what: `the same save with versions off (${q})`, value: pick(state.off.times) },
          ...(q === 'p95' ? { target: '≤ 1.5× versions off' } : {}),
        },
        q === 'p95' ? 1.5 : undefined,
      ),
    );
  }
}
services.close();
fs.rmSync(dir, { recursive: true, force: true });
writeSuite('history', rows, started);
