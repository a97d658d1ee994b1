// Image files from a drop or a paste become stored assets, then photos.
// Files are untrusted: main sniffs the bytes and refuses anything that is
// not really an image; here we only skip what is plainly not one.
import type { EditorView } from 'prosemirror-view';
import { MAX_PHOTO_BYTES, type AddedAsset } from '../../../../shared/assets/assets';
import type { EditorServices } from '../body/editor-services';
import { blobToBase64 } from './bytes';
import { insertPhoto } from './insert-photo';

const IMAGE_NAME = /\.(jpe?g|png|gif|webp|avif)$/i;

export function imageFilesOf(list: FileList | null | undefined): File[] {
  if (!list) return [];
  return Array.from(list).filter((file) => file.type.startsWith('image/') || (!file.type && IMAGE_NAME.test(file.name)));
}

export async function addImageFile(services: EditorServices, file: File): Promise<AddedAsset | null> {
  if (file.size > MAX_PHOTO_BYTES) {
    services.notify(`“${file.name}” is ${Math.round(file.size / 1048576)} MB; photos may be at most 40 MB.`);
    return null;
  }
  try {
    return await services.client.addAsset({ data: await blobToBase64(file), fileName: file.name || undefined });
  } catch (error) {
    services.notify(`Could not add “${file.name || 'the image'}”: ${(error as Error).message}`);
    return null;
  }
}

export function photoAttrsFrom(added: AddedAsset) {
  return { asset: added.sha256, ...added.metadata };
}

/** Adds the files in order and inserts one photo per stored image at `pos` (clamped if the doc changed meanwhile). */
export async function insertImageFiles(services: EditorServices, view: EditorView, files: File[], pos?: number): Promise<void> {
  let at = pos;
  for (const file of files) {
    const added = await addImageFile(services, file);
    if (!added || view.isDestroyed) continue;
    const clamped = at === undefined ? undefined : Math.min(at, view.state.doc.content.size);
    insertPhoto(photoAttrsFrom(added), clamped)(view.state, view.dispatch);
    at = view.state.selection.to;
  }
  // A drop does not focus the editor; if it stayed unfocused, the next click into
  // the text would be a focusing click, which ProseMirror may answer by restoring
  // the photo selection instead of placing the caret.
  if (!view.isDestroyed && !view.hasFocus()) view.focus();
}
