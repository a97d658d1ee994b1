// HtmlExporter on a real SQLite file: self-contained pages, embedded photos,
// and never a silently replaced file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/fields';
import { HtmlExporter } from '../../../electron/main/export/html-exporter';
import { dataUriImageSrc } from '../../../electron/main/export/asset-reader';
import { writeFileSafely, FileExistsError } from '../../../electron/main/export/write-file';
import { openServices, type Services } from '../../../electron/main/services';
import { fixtureAssets } from '../../fixtures/render/exported-pages';
import { INQUISITR, SEED_IMAGE, SEED_IMAGE_SHA, seedArticle } from '../../fixtures/render/seed-article';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-export-');
afterAll(() => tmp.cleanup());

let services: Services;
let exporter: HtmlExporter;
let out: string;
const fields = (a: Article) => {
  const { id: _i, revision: _r, createdAt: _c, updatedAt: _u, ...rest } = a;
  return rest;
};

beforeEach(() => {
  const dir = fs.mkdtempSync(path.join(tmp.dir, 'case-'));
  services = openServices(path.join(dir, 'copydesk.db'));
  services.settings.save(INQUISITR);
  exporter = new HtmlExporter({ articles: services.articles, settings: services.settings, assets: fixtureAssets, timeZone: 'UTC' });
  out = path.join(dir, 'out');
  fs.mkdirSync(out);
});
afterEach(() => services.close());

describe('a single export', () => {
  it('is self-contained: CSS inline, the photo embedded as a data: URI, no external resource', () => {
    const { id } = services.articles.create(fields(seedArticle()));
    const { file } = exporter.writeOne(id, path.join(out, 'story.html'));
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<style>');
    expect(html).toContain(`src="data:image/png;base64,${SEED_IMAGE.toString('base64')}"`);
    // Its size is known from the bytes, so the page reserves the space before the photo decodes.
    expect(html).toContain('width="960" height="540"');
    // Nothing to fetch: no stylesheet links, no scripts with src, no images by URL.
    expect(html).not.toMatch(/<link rel="stylesheet"|<script[^>]+src=|<img[^>]+src="(?!data:)/);
  });

  it('refuses to replace an existing file unless asked, and leaves it untouched', () => {
    const { id } = services.articles.create(fields(seedArticle()));
    const file = path.join(out, 'story.html');
    fs.writeFileSync(file, 'precious');
    expect(() => exporter.writeOne(id, file)).toThrow(/already exists; it was left untouched/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
    exporter.writeOne(id, file, { overwrite: true });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    // No temporary files are left behind either way.
    expect(fs.readdirSync(out)).toEqual(['story.html']);
  });

  it('writes the body-only fragment with --fragment', () => {
    const { id } = services.articles.create(fields(seedArticle()));
    const html = fs.readFileSync(exporter.writeOne(id, path.join(out, 'f.html'), { fragment: true }).file, 'utf8');
    expect(html).not.toMatch(/<html|<style|style=/);
    expect(html).toMatch(/^<figure class="photo"><img src="data:image\/png;base64,/);
  });

  it('says clearly when the target is a folder or its folder is missing', () => {
    const { id } = services.articles.create(fields(seedArticle()));
    expect(() => exporter.writeOne(id, out)).toThrow(/is a folder/);
    expect(() => exporter.writeOne(id, path.join(out, 'missing', 'x.html'))).toThrow(/the folder does not exist/);
  });

  it('an unknown article is not-found', () => {
    expect(() => exporter.page('00000000-0000-4000-8000-000000000000')).toThrow(/No article with id/);
  });
});

describe('export of all articles', () => {
  it('writes one file per article named by slug, suffixing duplicates and existing files, and says so', () => {
    const a = services.articles.create({ ...fields(seedArticle()), headline: 'Same headline' });
    const b = services.articles.create({ ...fields(seedArticle()), headline: 'Same headline' });
    const c = services.articles.create({ ...fields(seedArticle()), headline: 'Other story' });
    fs.writeFileSync(path.join(out, 'other-story.html'), 'precious');
    const { written, failed } = exporter.writeAll(out);
    expect(failed).toEqual([]);
    expect(written).toHaveLength(3);
    const byId = new Map(written.map((w) => [w.id, w]));
    expect(path.basename(byId.get(c.id)!.file)).toBe('other-story-2.html');
    expect(byId.get(c.id)!.renamedFrom).toBe('other-story.html');
    expect(new Set([a.id, b.id].map((id) => path.basename(byId.get(id)!.file)))).toEqual(new Set(['same-headline.html', 'same-headline-2.html']));
    expect(fs.readFileSync(path.join(out, 'other-story.html'), 'utf8')).toBe('precious');
  });

  it('with overwrite, a second export replaces the same files instead of adding -2 copies', () => {
    services.articles.create({ ...fields(seedArticle()), headline: 'Only story' });
    fs.writeFileSync(path.join(out, 'only-story.html'), 'old');
    const [first] = exporter.writeAll(out, { overwrite: true }).written;
    expect(first).toEqual({ id: expect.any(String), file: path.join(out, 'only-story.html') });
    exporter.writeAll(out, { overwrite: true });
    expect(fs.readdirSync(out)).toEqual(['only-story.html']);
    expect(fs.readFileSync(path.join(out, 'only-story.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('each page lists the others under "More from"', () => {
    services.articles.create({ ...fields(seedArticle()), headline: 'First story', status: 'published' });
    services.articles.create({ ...fields(seedArticle()), headline: 'Second story', status: 'draft' });
    const [first] = exporter.writeAll(out).written;
    const html = fs.readFileSync(first!.file, 'utf8');
    expect(html).toContain('More from Inquisitr');
  });
});

describe('export of all articles, at scale and under change', () => {
  it('reads one snapshot: an article deleted by another connection halfway through is still exported', () => {
    const ids = Array.from({ length: 5 }, (_, i) => services.articles.create({ ...fields(seedArticle()), headline: `Story ${i}` }).id);
    const other = openServices(services.dbPath);
    let deleted = false;
    const { written, failed } = exporter.writeAll(out, {
      onFile: () => {
        if (deleted) return;
        // The oldest article, not read yet: without the snapshot it would be "not found".
        other.articles.delete(ids[0]!, { force: true });
        deleted = true;
      },
    });
    other.close();
    expect(failed).toEqual([]);
    expect(written.map((w) => w.id).sort()).toEqual([...ids].sort());
    expect(() => services.articles.get(ids[0]!)).toThrow(/No article/);
  });

  it('writes every article it can and lists the ones it could not, with the reason', () => {
    const a = services.articles.create({ ...fields(seedArticle()), headline: 'Fine story' });
    const b = services.articles.create({ ...fields(seedArticle()), headline: 'Blocked story' });
    // A folder where the file should go: with overwrite, nothing else can be done for that article.
    fs.mkdirSync(path.join(out, 'blocked-story.html'));
    fs.writeFileSync(path.join(out, 'blocked-story.html', 'keep.txt'), 'x');
    const { written, failed } = exporter.writeAll(out, { overwrite: true });
    expect(written.map((w) => w.id)).toEqual([a.id]);
    expect(failed).toEqual([{ id: b.id, headline: 'Blocked story', reason: expect.stringContaining('blocked-story.html') }]);
  });

  it('never lists an unpublished headline under "More from", and each page leaves itself out', () => {
    const drafts = (['draft', 'editing', 'ready'] as const).map((status) => services.articles.create({ ...fields(seedArticle()), headline: `Secret ${status} story`, status }));
    const published = ['Alpha', 'Beta'].map((headline) => services.articles.create({ ...fields(seedArticle()), headline, status: 'published' }));
    const { written } = exporter.writeAll(out);
    expect(written).toHaveLength(5);
    for (const file of written) {
      const html = fs.readFileSync(file.file, 'utf8');
      const more = html.slice(html.indexOf('id="more-heading"'));
      for (const d of drafts) expect(more).not.toContain(d.headline);
      const self = [...drafts, ...published].find((x) => x.id === file.id)!;
      expect(more).not.toContain(`>${self.headline}<`);
    }
    const alpha = fs.readFileSync(written.find((w) => w.id === published[0]!.id)!.file, 'utf8');
    expect(alpha).toContain('>Beta<');
  });
});

describe('embedding images', () => {
  it('encodes known image types once and refuses other types', () => {
    let reads = 0;
    const src = dataUriImageSrc({
      get: (sha) => {
        reads++;
        if (sha === SEED_IMAGE_SHA) return { bytes: SEED_IMAGE, mime: 'image/png' };
        if (sha === 'f'.repeat(64)) return { bytes: Buffer.from('<svg/>'), mime: 'image/svg+xml' };
        throw new Error('not found');
      },
    });
    expect(src(SEED_IMAGE_SHA)).toEqual({ src: `data:image/png;base64,${SEED_IMAGE.toString('base64')}`, width: 960, height: 540 });
    expect(src(SEED_IMAGE_SHA)).toMatchObject({ src: expect.stringMatching(/^data:image\/png;base64,/) });
    expect(src('f'.repeat(64))).toBeNull();
    expect(src('e'.repeat(64))).toBeNull();
    expect(reads).toBe(3);
    expect(dataUriImageSrc(null)(SEED_IMAGE_SHA)).toBeNull();
  });
});

describe('writeFileSafely', () => {
  it('creates, refuses to replace, and replaces on request', () => {
    const file = path.join(out, 'x.txt');
    writeFileSafely(file, 'one');
    expect(() => writeFileSafely(file, 'two')).toThrow(FileExistsError);
    writeFileSafely(file, 'three', { overwrite: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('three');
    expect(fs.readdirSync(out)).toEqual(['x.txt']);
  });
});
