// Photos in SQLite: content addressing, dedupe, real image types only, size
// limit, metadata prefill from the IPTC/XMP fixture, and both ways of showing one.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { openServices, type Services } from '../../../electron/main/services';
import { AssetStore } from '../../../electron/main/assets/asset-store';
import { createAssetHandlers } from '../../../electron/main/assets/handlers';
import { readPhotoMetadata } from '../../../electron/main/assets/photo-metadata';
import { serveAsset, assetDigestOf } from '../../../electron/main/shell/asset-protocol';
import { migrate } from '../../../electron/main/store/migrate';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { assetUrl } from '../../../shared/assets/assets';
import { appError } from '../../support/app-error';
import { tempDir } from '../../support/temp';
import { PHOTO_META } from '../../fixtures/photos/make-photo-fixture';

const JPEG = fs.readFileSync(path.resolve(__dirname, '../../fixtures/photos/riverside.jpg'));
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const tmp = tempDir();
let services: Services;
beforeEach(() => {
  services = openServices(tmp.file(`assets-${Math.random().toString(16).slice(2)}.db`));
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

describe('migration 002', () => {
  it('creates the assets table at exactly version 2', () => {
    const db = new Database(tmp.file('m2.db'));
    migrate(db, MIGRATIONS, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const cols = (db.prepare('PRAGMA table_info(assets)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(['sha256', 'mime', 'size', 'bytes', 'created_at']);
    expect(() => db.prepare("INSERT INTO assets VALUES ('nothex', 'image/png', 1, x'00', 't')").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('AssetStore', () => {
  it('stores by sha256 once, however often the same bytes are added', () => {
    const a = services.assets.add(JPEG);
    const b = services.assets.add(new Uint8Array(JPEG));
    expect(a).toEqual({ sha256: createHash('sha256').update(JPEG).digest('hex'), mime: 'image/jpeg', size: JPEG.length });
    expect(b).toEqual(a);
    expect((services.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n).toBe(1);
    expect(Buffer.compare(services.assets.get(a.sha256)!.bytes, JPEG)).toBe(0);
  });

  it('accepts only real images, judged by their bytes', () => {
    expect(services.assets.add(PNG_1x1).mime).toBe('image/png');
    expect(appError(() => services.assets.add(Buffer.from('<svg onload="alert(1)"></svg>'))).message).toMatch(/not a JPEG, PNG/);
    expect(appError(() => services.assets.add(Buffer.from('MZ\x90\x00 this is an exe renamed .jpg'))).code).toBe('bad-request');
    expect(appError(() => services.assets.add(new Uint8Array(0))).message).toMatch(/empty/);
  });

  it('refuses images over the size limit', () => {
    const small = new AssetStore(services.db, undefined, 1000);
    expect(appError(() => small.add(JPEG)).message).toMatch(/at most/);
  });
});

describe('photo metadata', () => {
  it('prefills photographer, agency, caption and alt text from IPTC/XMP', async () => {
    expect(await readPhotoMetadata(JPEG)).toEqual(PHOTO_META);
  });
  it('prefills nothing from an image without metadata or from garbage', async () => {
    expect(await readPhotoMetadata(PNG_1x1)).toEqual({ photographer: '', agency: '', caption: '', alt: '' });
    expect(await readPhotoMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 4, 1, 2]))).toEqual({ photographer: '', agency: '', caption: '', alt: '' });
  });
});

describe('asset handlers and protocol', () => {
  it('adds from base64 and answers with bytes where there is no protocol, a URL where there is, each with the pixel size', async () => {
    const plain = createAssetHandlers(services.assets, {});
    const added = await plain.addAsset({ data: JPEG.toString('base64') });
    expect(added.metadata.photographer).toBe(PHOTO_META.photographer);
    const size = { width: 960, height: 600 };
    expect(plain.getAsset({ sha256: added.sha256 })).toEqual({ kind: 'bytes', mime: 'image/jpeg', data: JPEG.toString('base64'), ...size });
    const electronLike = createAssetHandlers(services.assets, { assetUrl });
    expect(electronLike.getAsset({ sha256: added.sha256 })).toEqual({ kind: 'url', url: `copydesk-asset://photo/${added.sha256}`, ...size });
    // An image whose header gives no size still shows; the page sizes it when it loads.
    const headless = services.assets.add(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(8)]));
    expect(electronLike.getAsset({ sha256: headless.sha256 })).toEqual({ kind: 'url', url: `copydesk-asset://photo/${headless.sha256}` });
    expect(() => electronLike.getAsset({ sha256: 'f'.repeat(64) })).toThrow(/not in this database/);
  });

  it('reads a file chosen in the dialog, and treats Cancel as nothing', async () => {
    let answer: string | null = path.resolve(__dirname, '../../fixtures/photos/riverside.jpg');
    const handlers = createAssetHandlers(services.assets, { chooseImageFile: async () => answer });
    expect((await handlers.pickImage())!.metadata.agency).toBe(PHOTO_META.agency);
    answer = null;
    expect(await handlers.pickImage()).toBeNull();
    await expect(createAssetHandlers(services.assets, {}).pickImage()).rejects.toThrow(/not available/);
  });

  it('serves stored photos on copydesk-asset:// with their type and nothing else', async () => {
    const { sha256 } = services.assets.add(JPEG);
    const response = serveAsset(services.assets, assetUrl(sha256));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(JPEG)).toBe(true);
    expect(serveAsset(services.assets, 'copydesk-asset://photo/../../etc/passwd').status).toBe(404);
    expect(assetDigestOf('copydesk-asset://other/' + sha256)).toBeNull();
    expect(assetDigestOf('file:///' + sha256)).toBeNull();
  });
});
