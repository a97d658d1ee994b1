// Turns an asset digest into something an <img> can show. Main decides how:
// in the Electron app it answers with a copydesk-asset:// URL served by the
// custom protocol (no bytes cross IPC, no file path ever reaches the page);
// in a host without that protocol (the browser test host, a dev browser) it
// answers with the bytes, which become a blob: URL. Main knows which host it
// is; the renderer need not guess, and both hosts run this same code.
import { ASSET_SCHEME } from '../../../../shared/assets/assets';
import type { Client } from '../../ipc/client';
import { base64ToBlob } from './bytes';

/** What an <img> needs: where, and (when the header said) how big, to hold its space before it loads. */
export interface ShownAsset {
  url: string;
  width?: number;
  height?: number;
}

export interface AssetResolver {
  url(sha256: string): Promise<ShownAsset>;
  dispose(): void;
}

export function createAssetResolver(client: Client): AssetResolver {
  const cache = new Map<string, Promise<ShownAsset>>();
  const blobUrls: string[] = [];
  return {
    url(sha256) {
      let pending = cache.get(sha256);
      if (!pending) {
        pending = client.getAsset({ sha256 }).then(({ width, height, ...source }) => {
          const size = width && height ? { width, height } : {};
          if (source.kind === 'url') {
            if (!source.url.startsWith(`${ASSET_SCHEME}://`)) throw new Error('unexpected asset address');
            return { url: source.url, ...size };
          }
          const url = URL.createObjectURL(base64ToBlob(source.data, source.mime));
          blobUrls.push(url);
          return { url, ...size };
        });
        // A failure is not cached: the next render may try again.
        pending.catch(() => cache.delete(sha256));
        cache.set(sha256, pending);
      }
      return pending;
    },
    dispose() {
      blobUrls.forEach((url) => URL.revokeObjectURL(url));
      blobUrls.length = 0;
      cache.clear();
    },
  };
}
