// The process the crash harness kills: it saves through the real store as the
// app does (autosave after autosave, now and then a new article, a photo, new
// settings, a checkpoint or a backup), and after each save the store has
// acknowledged it prints "ack <article> <n>" — the promise under test is that
// every acknowledged save is still there after a SIGKILL at any moment. Its
// clock runs 6 minutes a call, from after the newest time the file holds, so
// every save also takes a version (History, store/versions.ts): the harness
// checks that each article's newest version is exactly its stored content.
// (Started at the wall clock, a process sharing a file with the one killed
// before it swept the same minutes that one had raced through, and a save
// within 5 minutes of its article's last automatic version rightly took none.)
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openServices } from '../../electron/main/services';
import { ArticleStore } from '../../electron/main/store/article-store';
import { takeBackup } from '../../electron/main/store/backups';

const [dbPath, seedText] = process.argv.slice(2);
const say = (line: string) => fs.writeSync(1, `${line}\n`);
const services = openServices(dbPath!);
say('open');
let seed = Number(seedText ?? 1);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const body = (id: string, n: number) => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: `save ${n} of ${id}` }] },
    ...Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i}: ${'words '.repeat(1 + Math.floor(random() * 80))}` }] })),
  ],
});

const newestTime = services.db
  .prepare("SELECT max(t) FROM (SELECT max(created_at) AS t FROM article_versions UNION ALL SELECT max(updated_at) FROM articles)")
  .pluck()
  .get() as string | null;
let time = Math.max(Date.now(), newestTime ? Date.parse(newestTime) : 0);
const store = new ArticleStore(services.db, () => new Date((time += 6 * 60_000)));
const articles = store.list().map((a) => ({ id: a.id, revision: a.revision }));
void (async () => {
  for (let n = 1; ; n++) {
    const roll = random();
    if (roll < 0.05 || articles.length === 0) {
      const created = store.create({ headline: `Article ${n}` });
      articles.push({ id: created.id, revision: created.revision });
      say(`created ${created.id}`);
    } else if (roll < 0.08) {
      services.assets.add(Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), crypto.randomBytes(2000 + Math.floor(random() * 50_000))]));
    } else if (roll < 0.1) {
      services.settings.save({ publicationName: `Crash Test ${n}`, siteUrl: '', defaultByline: '', locale: 'en-GB', theme: 'classic' });
    } else if (roll < 0.12) {
      services.db.pragma('wal_checkpoint(TRUNCATE)');
    } else if (roll < 0.13) {
      await takeBackup(services.db, dbPath!);
    }
    const article = articles[Math.floor(random() * articles.length)]!;
    const status = random() < 0.1 ? { status: random() < 0.5 ? ('editing' as const) : ('draft' as const) } : {};
    const ack = services.db.transaction(() => {
      const saved = store.save(article.id, article.revision, { body: body(article.id, n) as never, headline: `Article saved ${n}`, ...status });
      if (random() < 0.05) store.versions.saveVersion(article.id, saved.revision, `named ${n}`);
      return saved;
    }).immediate();
    article.revision = ack.revision;
    say(`ack ${article.id} ${n} ${ack.revision}`);
  }
})();
