// copydesk-asset://photo/<sha256>: stored photos served straight from SQLite,
// so the renderer shows images without any file path or bytes crossing IPC.
import { ASSET_SCHEME, isSha256 } from '../../../shared/assets/assets';
import type { AssetStore } from '../assets/asset-store';

export { ASSET_SCHEME };

export const ASSET_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } as const;

/** The digest named by an asset URL, or null when the URL is not one of ours. */
export function assetDigestOf(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${ASSET_SCHEME}:` || url.hostname !== 'photo') return null;
  const sha256 = url.pathname.slice(1);
  return url.pathname.startsWith('/') && isSha256(sha256) ? sha256 : null;
}

export function serveAsset(assets: Pick<AssetStore, 'get'>, requestUrl: string): Response {
  const sha256 = assetDigestOf(requestUrl);
  const asset = sha256 ? assets.get(sha256) : null;
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(asset.bytes), {
    headers: {
      'content-type': asset.mime,
      'content-length': String(asset.size),
      'x-content-type-options': 'nosniff',
      // Content-addressed: the bytes behind a URL never change.
      'cache-control': 'private, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'",
    },
  });
}
