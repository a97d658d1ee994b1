// The export and settings channels through the real dispatch, and the
// `copydesk export` command as a child process.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/fields';
import { createDispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { INQUISITR, seedArticle } from '../../fixtures/render/seed-article';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-export-ipc-');
afterAll(() => tmp.cleanup());
const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const fields = (a: Article) => {
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = a;
  return rest;
};

function setup(hooks: Parameters<typeof createHandlers>[1] = {}) {
  const services = openServices(tmp.file(`ipc-${Math.random().toString(16).slice(2)}.db`));
  const dispatch = createDispatch(createHandlers(services, hooks), { isTrustedUrl: (u) => u.startsWith('app://copydesk/') });
  return { services, dispatch };
}

describe('settings channels', () => {
  it('get the default, save valid settings, refuse invalid ones with a message', async () => {
    const { services, dispatch } = setup();
    expect(await dispatch(METHODS.getSettings, {}, APP)).toMatchObject({ ok: true, value: { publicationName: 'Copydesk News' } });
    expect(await dispatch(METHODS.saveSettings, { settings: INQUISITR }, APP)).toEqual({ ok: true, value: INQUISITR });
    const bad = await dispatch(METHODS.saveSettings, { settings: { ...INQUISITR, siteUrl: 'ftp://x' } }, APP);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('settings.siteUrl') } });
    expect(services.settings.get()).toEqual(INQUISITR);
    services.close();
  });
});

describe('export channels', () => {
  it('preview context carries the settings and the newest five other published articles', async () => {
    const { services, dispatch } = setup();
    const a = services.articles.create({ ...fields(seedArticle()), status: 'published' });
    const others = Array.from({ length: 7 }, (_, i) => services.articles.create({ ...fields(seedArticle()), headline: `Story ${i}`, status: 'published' }));
    services.articles.create({ ...fields(seedArticle()), headline: 'A draft, newest of all', status: 'draft' });
    services.articles.create({ ...fields(seedArticle()), headline: 'Ready, not yet published', status: 'ready' });
    const result = await dispatch(METHODS.getPreviewContext, { id: a.id }, APP);
    expect(result).toMatchObject({ ok: true, value: { settings: { publicationName: 'Copydesk News' } } });
    const related = (result as { value: { related: { id: string; slug: string; status: string }[] } }).value.related;
    expect(related.map((r) => r.id)).toEqual(others.slice(2).reverse().map((o) => o.id));
    expect(related[0]).toMatchObject({ slug: 'story-6', status: 'published' });
    services.close();
  });

  it('export asks main for the path (proposing {slug}.html) and writes the file there', async () => {
    const target = tmp.file('chosen.html');
    const asked: string[] = [];
    const { services, dispatch } = setup({ chooseExportPath: async (name) => (asked.push(name), target) });
    const a = services.articles.create(fields(seedArticle()));
    const result = await dispatch(METHODS.exportArticleHtml, { id: a.id }, APP);
    // This database holds no image bytes for the seed's photo: the page leaves it out and says so.
    expect(result).toEqual({ ok: true, value: { saved: true, path: target, photosLeftOut: 1 } });
    expect(asked).toEqual(['syria-peace-talks-stall-between-u-s-and-russia-grave-differences-at-g20-summit-b.html']);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    services.close();
  });

  it('a cancelled dialog writes nothing; without a dialog the call is unavailable', async () => {
    const { services, dispatch } = setup({ chooseExportPath: async () => null });
    const a = services.articles.create(fields(seedArticle()));
    expect(await dispatch(METHODS.exportArticleHtml, { id: a.id }, APP)).toEqual({ ok: true, value: { saved: false } });
    services.close();
    const bare = setup();
    const b = bare.services.articles.create(fields(seedArticle()));
    expect(await bare.dispatch(METHODS.exportArticleHtml, { id: b.id }, APP)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    bare.services.close();
  });

  it('copy HTML puts the fragment and a plain-text version on the clipboard', async () => {
    const copied: { html: string; text: string }[] = [];
    const { services, dispatch } = setup({ writeClipboard: (c) => void copied.push(c) });
    const a = services.articles.create(fields(seedArticle()));
    const result = await dispatch(METHODS.copyArticleHtml, { id: a.id }, APP);
    expect(result).toMatchObject({ ok: true });
    expect(copied[0]!.html).toContain('<figure class="quote"><blockquote>');
    expect(copied[0]!.html).not.toMatch(/<html|<style|style=/);
    expect(copied[0]!.text).toContain('I think it’s premature for us to say');
    expect(copied[0]!.text).not.toContain('<');
    services.close();
  });

  it('refuses an export request that names a path (the renderer never chooses where to write)', async () => {
    const { services, dispatch } = setup({ chooseExportPath: async () => tmp.file('x.html') });
    const a = services.articles.create(fields(seedArticle()));
    const result = await dispatch(METHODS.exportArticleHtml, { id: a.id, path: '/etc/passwd' }, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    services.close();
  });
});

describe('copydesk export (CLI)', () => {
  const db = tmp.file('cli.db');
  const json = tmp.file('seed.json');
  fs.writeFileSync(json, JSON.stringify(fields(seedArticle())));

  it('exports one article, refuses to overwrite, overwrites with --force, and exports all', () => {
    const id = runCli(['import-json', json, '--db', db, '--create']).stdout.trim();
    runCli(['import-json', json, '--db', db]);
    const file = tmp.file('one.html');
    let run = runCli(['export', id, '--format', 'html', '--out', file, '--db', db]);
    // import-json carries no image bytes: the seed's photo is left out, and a note says so.
    expect(run.stderr).toBe('copydesk export: 1 photo without an image was left out.\n');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toContain('<h1>Syria Peace Talks Stall');

    run = runCli(['export', id, '--out', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already exists and was left untouched; choose another --out or add --force/);
    expect(runCli(['export', id, '--out', file, '--force', '--db', db]).status).toBe(0);

    const frag = tmp.file('frag.html');
    run = runCli(['export', id, '--fragment', '--out', frag, '--db', db]);
    expect(run.status).toBe(0);
    // No stray "Photo by …" line in the fragment either.
    expect(run.stderr).toBe('copydesk export: 1 photo without an image was left out.\n');
    expect(fs.readFileSync(frag, "utf8")).not.toContain('Photo by Chip Somodevilla');

    const dir = tmp.file('all');
    run = runCli(['export', '--all', '--out', dir, '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/-2\.html \(syria-[a-z0-9-]+\.html already taken; nothing was overwritten\)/);
    expect(run.stdout).toContain(`Exported 2 articles to ${dir}`);
    expect(fs.readdirSync(dir).sort()).toHaveLength(2);
  });

  it('export --all writes what it can, lists each article it could not on one line, then exits 1', () => {
    const fresh = tmp.file(`partial-${Math.random().toString(16).slice(2)}.db`);
    const services = openServices(fresh);
    services.articles.create({ ...fields(seedArticle()), headline: 'Fine story' });
    const blocked = services.articles.create({ ...fields(seedArticle()), headline: 'Blocked story' });
    services.close();
    const dir = tmp.file(`partial-${Math.random().toString(16).slice(2)}`);
    fs.mkdirSync(path.join(dir, 'blocked-story.html'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'blocked-story.html', 'keep.txt'), 'x');
    const run = runCli(['export', '--all', '--force', '--out', dir, '--db', fresh]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`Exported 1 article to ${dir}`);
    expect(fs.readFileSync(path.join(dir, 'fine-story.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^copydesk export: not exported: ${blocked.id} “Blocked story”: .*blocked-story\\.html`)),
      'copydesk export: 1 article could not be exported (listed above); every other article was written.',
    ]);
  });

  it('an exported page never lists an unpublished article under "More from"', () => {
    const fresh = tmp.file(`more-${Math.random().toString(16).slice(2)}.db`);
    const services = openServices(fresh);
    // Fewer than five published: the places left used to be filled with drafts.
    services.articles.create({ ...fields(seedArticle()), headline: 'Published story', status: 'published' });
    for (const status of ['draft', 'editing', 'ready'] as const) services.articles.create({ ...fields(seedArticle()), headline: `Unpublished ${status} story`, status });
    services.close();
    const dir = tmp.file(`more-${Math.random().toString(16).slice(2)}`);
    const run = runCli(['export', '--all', '--out', dir, '--db', fresh]);
    expect(run.status).toBe(0);
    const pages = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(pages).toHaveLength(4);
    const more = (html: string) => (html.includes('id="more-heading"') ? html.slice(html.indexOf('id="more-heading"')) : '');
    for (const html of pages) expect(more(html)).not.toContain('Unpublished');
    expect(pages.filter((html) => more(html).includes('>Published story<'))).toHaveLength(3);
  });

  it('explains usage mistakes with exit code 2', () => {
    expect(runCli(['export', '--db', db])).toMatchObject({ status: 2, stderr: expect.stringContaining('--out is required') });
    expect(runCli(['export', 'x', '--out', 'y', '--format', 'pdf', '--db', db])).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown format "pdf"') });
    expect(runCli(['export', 'nope', '--out', 'y', '--db', db])).toMatchObject({ status: 2, stderr: expect.stringContaining('is not an article id') });
    expect(runCli(['export', '--all', '--fragment', '--out', 'y', '--db', db])).toMatchObject({ status: 2 });
  });
});
