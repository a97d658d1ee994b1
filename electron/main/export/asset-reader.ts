// What export needs from the asset store: the bytes and type of a photo by its
// digest. The AssetStore in electron/main/assets satisfies this; tests pass a
// map. Kept as an interface so export does not depend on how assets are stored.
import { imageSize, type ImageSource, type ImageSrc } from '../../../shared/render';
import { IMAGE_MIMES } from '../../../shared/assets/assets';

export interface StoredAsset {
  bytes: Uint8Array;
  mime: string;
}

export interface AssetReader {
  /** The asset, or null/undefined (or a thrown not-found) when it is missing. */
  get(sha256: string): StoredAsset | null | undefined;
}

const EMBEDDABLE = new Set<string>(IMAGE_MIMES);

/**
 * Images as data: URIs, so the exported file is complete on its own. A missing
 * or non-image asset yields null and the photo is rendered as caption and
 * credit only. Each asset is encoded once per export even if used twice.
 */
export function dataUriImageSrc(assets: AssetReader | null): ImageSrc {
  const cache = new Map<string, ImageSource | null>();
  return (sha256) => {
    if (!assets) return null;
    if (cache.has(sha256)) return cache.get(sha256)!;
    let uri: ImageSource | null = null;
    try {
      const asset = assets.get(sha256);
      const mime = asset?.mime.toLowerCase().split(';')[0]?.trim() ?? '';
      if (asset && EMBEDDABLE.has(mime) && asset.bytes.length > 0) {
        const data = Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength).toString('base64');
        uri = { src: `data:${mime};base64,${data}`, ...imageSize(asset.bytes) };
      }
    } catch {
      uri = null;
    }
    cache.set(sha256, uri);
    return uri;
  };
}
