// IPC handlers for photos. The file dialog is the shell's business (it needs
// Electron), so it arrives as a hook that returns a path; everything after
// the path — size check, reading, sniffing, storing, metadata — happens here.
import fs from 'node:fs/promises';
import { AppError } from '../../../shared/errors/app-error';
import type { AddedAsset, AssetSource } from '../../../shared/assets/assets';
import type { AssetStore } from './asset-store';
import { MAX_ASSET_BYTES } from './asset-store';
import { readPhotoMetadata } from './photo-metadata';
import { imageSize } from '../../../shared/render';

// An image's size is in its header; a JPEG's may come after a large EXIF block.
const HEADER_BYTES = 256 * 1024;

/** width/height when the header gives them, nothing otherwise (the page then sizes the photo when it loads). */
function dimensionsOf(bytes: Uint8Array | null): { width?: number; height?: number } {
  const size = bytes ? imageSize(bytes) : null;
  return size ? { width: size.width, height: size.height } : {};
}

export interface AssetHooks {
  /** Shows the native "choose an image" dialog; resolves to a path, or null when cancelled. */
  chooseImageFile?: () => Promise<string | null>;
  /** URL under the custom asset protocol, where the host serves one (Electron). */
  assetUrl?: (sha256: string) => string;
}

async function addBytes(assets: AssetStore, bytes: Uint8Array): Promise<AddedAsset> {
  const stored = assets.add(bytes);
  return { ...stored, metadata: await readPhotoMetadata(bytes) };
}

export function createAssetHandlers(assets: AssetStore, hooks: AssetHooks) {
  return {
    addAsset: ({ data }: { data: string }) => addBytes(assets, Buffer.from(data, 'base64')),
    pickImage: async (): Promise<AddedAsset | null> => {
      if (!hooks.chooseImageFile) throw new AppError('unavailable', 'Choosing a file from disk is not available here.');
      const file = await hooks.chooseImageFile();
      if (!file) return null;
      let size: number;
      try {
        size = (await fs.stat(file)).size;
      } catch (error) {
        throw new AppError('not-found', `Cannot read that file: ${(error as Error).message}`);
      }
      if (size > MAX_ASSET_BYTES) {
        throw new AppError('bad-request', `That image is ${Math.round(size / 1048576)} MB; photos may be at most ${MAX_ASSET_BYTES / 1048576} MB.`);
      }
      return addBytes(assets, await fs.readFile(file));
    },
    getAsset: ({ sha256 }: { sha256: string }): AssetSource => {
      if (hooks.assetUrl) {
        const head = assets.head(sha256, HEADER_BYTES);
        if (!head) throw new AppError('not-found', 'That photo is not in this database.');
        return { kind: 'url', url: hooks.assetUrl(sha256), ...dimensionsOf(head) };
      }
      const asset = assets.get(sha256);
      if (!asset) throw new AppError('not-found', 'That photo is not in this database.');
      return { kind: 'bytes', mime: asset.mime, data: asset.bytes.toString('base64'), ...dimensionsOf(asset.bytes) };
    },
  };
}
