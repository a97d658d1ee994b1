// Photo URLs for the preview frame. The shared renderer needs an answer at once
// (it is a pure function), so unresolved photos render as caption + credit and
// the preview re-renders when the image arrives. The frame is sandboxed with an
// opaque origin, so bytes become data: URIs rather than blob: URLs it could not
// read; in Electron the copydesk-asset: URL is used and the page's CSP allows it.
import { ASSET_SCHEME } from '../../../shared/assets/assets';
import type { ImageSource } from '../../../shared/render';
import type { Client } from '../ipc/client';

export const PREVIEW_IMAGE_ORIGINS = [`${ASSET_SCHEME}:`];

export class PreviewImages {
  private readonly resolved = new Map<string, ImageSource | null>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly client: Pick<Client, 'getAsset'>,
    private readonly onResolved: (sha256: string, answer: ImageSource | null) => void,
  ) {}

  /** The URL if known; otherwise null now, and a re-render once it is. */
  src = (sha256: string): ImageSource | null => {
    if (this.resolved.has(sha256)) return this.resolved.get(sha256)!;
    if (!this.pending.has(sha256)) {
      this.pending.add(sha256);
      this.client
        .getAsset({ sha256 })
        .then(
          // Main reads the size from the image header: the page reserves the photo's space before it loads.
          ({ width, height, ...source }): ImageSource => ({
            src: source.kind === 'url' ? source.url : `data:${source.mime};base64,${source.data}`,
            ...(width && height ? { width, height } : {}),
          }),
          () => null, // a missing photo previews as caption and credit, like the export
        )
        .then((url) => {
          this.pending.delete(sha256);
          this.resolved.set(sha256, url);
          this.onResolved(sha256, url);
        });
    }
    return null;
  };
}
