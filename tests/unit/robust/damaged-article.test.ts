// One bad article never blocks the rest: a stored body that no longer parses
// is a typed 'damaged' error naming the article, everywhere it is read, and
// its words come back from the stored plain text.
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { checkBody } from '../../../shared/article/body';
import { bodyFromPlainText } from '../../../shared/article/plain-text-body';
import { runCli } from '../../support/cli';
import { garbleBody } from '../../support/damage';
import { doc, h, p, quote, strong } from '../../support/docs';
import { tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function setUp(name: string, garbled?: string) {
  const file = tmp.file(name);
  const services = openServices(file);
  const good = services.articles.create({ headline: 'Healthy', body: doc(p('Fine words.')) });
  const bad = services.articles.create({
    headline: 'Council budget',
    byline: 'Jane Reporter',
    body: doc(h(2, 'The vote'), p('The council ', strong('voted'), ' 7–2.'), quote([p('A good day.')], 'The mayor')),
  });
  services.close();
  garbleBody(file, bad.id, garbled);
  return { file, good, bad };
}

describe('a garbled stored body', () => {
  it.each([
    ['not JSON at all', undefined],
    ['JSON the schema rejects', '{"type":"doc","content":[{"type":"mystery"}]}'],
    ['JSON with an unknown key', '{"type":"doc","content":[{"type":"paragraph","junk":"x"}]}'],
  ])('%s: getArticle is damaged, naming the article; the list and the other article still work', async (_label, garbled) => {
    const { file, good, bad } = setUp(`garbled-${Math.random()}.db`, garbled);
    const services = openServices(file);
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true });
    const result = await dispatch(METHODS.getArticle, { id: bad.id }, APP);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'damaged', message: expect.stringMatching(new RegExp(`^The article “Council budget” \\(${bad.id}\\) is damaged: .*Open as plain text`)) },
    });
    expect(await dispatch(METHODS.listArticles, { limit: 50 }, APP)).toMatchObject({ ok: true, value: { items: expect.arrayContaining([expect.objectContaining({ id: bad.id })]) } });
    expect(await dispatch(METHODS.getArticle, { id: good.id }, APP)).toMatchObject({ ok: true, value: { headline: 'Healthy' } });
    expect(await dispatch(METHODS.exportArticleHtml, { id: bad.id }, APP)).toMatchObject({ ok: false });
    services.close();
  });

  it('"Open as plain text" makes a new article with every word, and leaves the damaged one as it was', async () => {
    const { file, bad } = setUp('recover.db');
    const services = openServices(file);
    const dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true });
    const before = services.db.prepare('SELECT body_json FROM articles WHERE id = ?').pluck().get(bad.id);
    const result = (await dispatch(METHODS.recoverArticleText, { id: bad.id }, APP)) as { ok: true; value: { id: string; headline: string; byline: string; body: unknown } };
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ headline: 'Council budget (recovered text)', byline: 'Jane Reporter' });
    expect(result.value.body).toEqual(doc(p('The vote'), p('The council voted 7–2.'), p('A good day.'), p('The mayor')));
    expect(services.db.prepare('SELECT body_json FROM articles WHERE id = ?').pluck().get(bad.id)).toBe(before);
    // The damaged one can still be deleted once its words are safe.
    expect(await dispatch(METHODS.spikeArticle, { id: bad.id }, APP)).toMatchObject({ ok: true });
    expect(await dispatch(METHODS.deleteArticle, { id: bad.id }, APP)).toMatchObject({ ok: true });
    services.close();
  });

  it('copydesk show of it prints one line and exits 1; show of the healthy one still works', () => {
    const { file, good, bad } = setUp('show.db');
    const run = runCli(['show', bad.id, '--db', file]);
    expect(run.stderr).toMatch(/^copydesk show: The article “Council budget” \(.*\) is damaged/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.status).toBe(1);
    expect(runCli(['show', good.id, '--db', file]).stdout).toMatch(/Healthy/);
    expect(runCli(['list', '--db', file]).status).toBe(0);
  });
});

describe('bodyFromPlainText', () => {
  it('any text becomes a body the schema accepts', () => {
    for (const text of ['', 'one', 'a\n\nb\nc', `x\u0000y\u000B`, 'z'.repeat(450_000), '\n\n\n']) {
      expect(checkBody(bodyFromPlainText(text))).toBeNull();
    }
    expect(bodyFromPlainText('a\nb')).toEqual(doc(p('a', { type: 'hard_break' }, 'b')));
  });
});

describe('gc beside a damaged article', () => {
  it('runs, and keeps every photo whose digest appears in the damaged body', () => {
    const file = tmp.file('gc-damaged.db');
    const services = openServices(file);
    const png = (n: number) => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100, n)]);
    const kept = services.assets.add(png(1)).sha256;
    const unused = services.assets.add(png(2)).sha256;
    const bad = services.articles.create({ headline: 'Photo story', body: doc({ type: 'photo', attrs: { asset: kept, alt: '', caption: '', photographer: '', agency: '' } }) });
    services.close();
    garbleBody(file, bad.id, `{"type":"doc","content":[{"type":"photo","attrs":{"asset":"${kept}"`);
    const run = runCli(['gc', '--all-unused', '--json', '--db', file]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { collected: { assets: { sha256: string }[] } };
    expect(report.collected.assets.map((a) => a.sha256)).toEqual([unused]);
  });
});
