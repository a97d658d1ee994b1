// importPreview through the real dispatch on a real SQLite file: preview,
// undo in the renderer's pure function, keep with createArticle; bad input is
// a bad-request with a clear message and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { undoClassification, type ImportResult } from '../../../shared/import/assemble';
import { fingerprint, tempDir } from '../../support/temp';
import { outline } from './outline';
import { SEED_PATH } from '../../support/seed';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const SEED = fs.readFileSync(SEED_PATH);
const PAGE = fs.readFileSync(path.resolve(__dirname, '../../fixtures/import/web-page.html'));
const tmp = tempDir('copydesk-import-ipc-');
let dbPath: string;
let services: Services;
let dispatch: Dispatch;

beforeEach(() => {
  dbPath = tmp.file(`i-${Math.random().toString(16).slice(2)}.db`);
  services = openServices(dbPath);
  dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/') });
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

const preview = (fileName: string, data: Buffer | string, extra: Record<string, unknown> = {}) =>
  dispatch(METHODS.importPreview, { fileName, data: typeof data === 'string' ? data : data.toString('base64'), ...extra }, APP);

describe('importPreview', () => {
  it('previews the seed without storing it, then keeps the reviewed version via createArticle', async () => {
    const result = await preview('seed-article.txt', SEED);
    expect(result.ok).toBe(true);
    const value = (result as { value: ImportResult }).value;
    expect(value.summary.paragraphs).toBe(13);
    expect(services.articles.list()).toEqual([]);

    const reviewed = undoClassification(value, value.summary.quotes[0]!.id);
    const created = await dispatch(METHODS.createArticle, { fields: reviewed.fields }, APP);
    expect(created.ok).toBe(true);
    const stored = services.articles.get((created as { value: { id: string } }).value.id);
    expect(outline(stored.body).filter((b) => b.startsWith('quote'))).toHaveLength(4);
    expect(stored.headline).toMatch(/^Syria Peace Talks Stall/);
  });

  it('stores images found in an HTML file, so the kept article can show them', async () => {
    const result = (await preview('page.html', PAGE)) as { ok: true; value: ImportResult };
    expect(result.ok).toBe(true);
    const photo = (result.value.fields.body.content as { type: string; attrs?: { asset: string | null } }[]).filter((b) => b.type === 'photo');
    const sha = photo.map((p) => p.attrs!.asset).find(Boolean)!;
    expect(services.assets.get(sha)).not.toBeNull();
  });

  it('honours an explicit format over the name', async () => {
    const result = await preview('notes', Buffer.from('Headline\n\nBody.'), { format: 'txt' });
    expect(result).toMatchObject({ ok: true, value: { fields: { headline: 'Headline' } } });
  });

  const bad: [string, () => Promise<unknown>, RegExp][] = [
    ['empty file', () => preview('empty.txt', ''), /Cannot import empty\.txt: the file is empty\./],
    ['no text', () => preview('blank.txt', Buffer.from('\n\n  \n')), /Cannot import blank\.txt: there is no text in it\./],
    ['unknown extension', () => preview('photo.jpg', Buffer.from('x')), /Copydesk imports \.txt, \.html and \.docx files/],
    ['not a docx', () => preview('fake.docx', Buffer.from('not a zip')), /not a readable Word \(\.docx\) document/],
    ['binary text', () => preview('x.txt', Buffer.from([1, 0, 2, 0])), /not a text file/],
    ['data that is not base64', () => preview('x.txt', '%%%'), /file data must be base64/],
    ['an unknown format', () => preview('x.txt', Buffer.from('a'), { format: 'pdf' }), /format/],
    ['extra fields', () => preview('x.txt', Buffer.from('a'), { path: '/etc/passwd' }), /path|Unrecognized/i],
  ];
  for (const [name, call, message] of bad) {
    it(`refuses ${name} with a bad-request and writes nothing`, async () => {
      const before = fingerprint(dbPath);
      const result = (await call()) as { ok: boolean; error?: { code: string; message: string } };
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('bad-request');
      expect(result.error?.message).toMatch(message);
      expect(fingerprint(dbPath)).toBe(before);
    });
  }
});

describe('pickImportFile (File → Import… with the native dialog)', () => {
  const withDialog = (answer: string | null) =>
    createDispatch(createHandlers(services, { chooseImportFile: async () => answer }), {
      isTrustedUrl: (url) => url.startsWith('app://copydesk/'),
    });

  it('reads the chosen file in main and returns the same preview', async () => {
    const result = await withDialog(SEED_PATH)(METHODS.pickImportFile, {}, APP);
    expect(result).toMatchObject({ ok: true, value: { status: 'picked', fileName: 'seed-article.txt', result: { summary: { paragraphs: 13 } } } });
    expect(services.articles.list()).toEqual([]);
  });

  it('says cancelled when the journalist cancels', async () => {
    expect(await withDialog(null)(METHODS.pickImportFile, {}, APP)).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('reports an unreadable file and a host without a dialog plainly', async () => {
    const missing = await withDialog(tmp.file('gone.txt'))(METHODS.pickImportFile, {}, APP);
    expect(missing).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Cannot read gone\.txt/) } });
    const none = await dispatch(METHODS.pickImportFile, {}, APP);
    expect(none).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
