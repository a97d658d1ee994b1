// The process the crash harness kills: it saves through the real store as the
// app does (autosave after autosave, now and then a new article, a photo, new
// settings, a checkpoint or a backup), and after each save the store has
// acknowledged it prints "ack <article> <n>" — the promise under test is that
// every acknowledged save is still there after a SIGKILL at any moment.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openServices } from '../../electron/main/services';
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

const articles = services.articles.list().map((a) => ({ id: a.id, revision: a.revision }));
void (async () => {
  for (let n = 1; ; n++) {
    const roll = random();
    if (roll < 0.05 || articles.length === 0) {
      const created = services.articles.create({ headline: `Article ${n}` });
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
    const ack = services.articles.save(article.id, article.revision, { body: body(article.id, n) as never, headline: `Article saved ${n}` });
    article.revision = ack.revision;
    say(`ack ${article.id} ${n} ${ack.revision}`);
  }
})();
