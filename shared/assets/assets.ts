// Photos crossing the process boundary. Bytes travel as base64 text: it is
// the one encoding both transports carry unchanged (Electron's structured
// clone and the test host's JSON binding), and zod can check it cheaply.
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { base64Text } from '../base64';

/** The scheme main serves stored photos on; the renderer's CSP allows it for images only. */
export const ASSET_SCHEME = 'copydesk-asset';
export const assetUrl = (sha256: string) => `${ASSET_SCHEME}://photo/${sha256}`;

const SHA256 = /^[0-9a-f]{64}$/;

/** An asset id: the lowercase hex sha256 of the image bytes. */
export const Sha256 = deferred(() => z.string().regex(SHA256, 'an asset id is a 64-character lowercase sha256 digest'));

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256.test(value);
}

/** The most a photo may be: far more than any camera file. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

export const Base64Bytes = deferred(() => base64Text('image data', MAX_PHOTO_BYTES, 'the image is too large').min(1, 'no image data'));

/** The image types Copydesk stores (judged by the bytes, electron/main/assets/image-type.ts) and exports. */
export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'] as const;
export const ImageMime = deferred(() => z.enum(IMAGE_MIMES));
export type ImageMime = z.infer<typeof ImageMime>;

export const PhotoMetadata = deferred(() => z
  .object({ photographer: z.string(), agency: z.string(), caption: z.string(), alt: z.string() })
  .strict());
export type PhotoMetadata = z.infer<typeof PhotoMetadata>;

export const AddedAsset = deferred(() => z
  .object({ sha256: Sha256, mime: ImageMime, size: z.number().int().positive(), metadata: PhotoMetadata })
  .strict());
export type AddedAsset = z.infer<typeof AddedAsset>;

/** Pixel size, when the image header says: lets the page reserve a photo's space before it loads. */
const dimensions = () => ({ width: z.number().int().positive().optional(), height: z.number().int().positive().optional() });

/** How the renderer may show an asset: the custom protocol in the app, bytes where there is none. */
export const AssetSource = deferred(() => z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('url'),
      url: z.string().refine((u) => u.startsWith(`${ASSET_SCHEME}://`), 'not an asset URL'),
      ...dimensions(),
    })
    .strict(),
  z.object({ kind: z.literal('bytes'), mime: ImageMime, data: Base64Bytes, ...dimensions() }).strict(),
]));
export type AssetSource = z.infer<typeof AssetSource>;
