// Toolbar "Insert photo": main shows the native file dialog and stores the file.
import type { EditorView } from 'prosemirror-view';
import type { EditorServices } from '../body/editor-services';
import { photoAttrsFrom } from './add-files';
import { insertPhoto } from './insert-photo';

export async function pickAndInsertPhoto(services: EditorServices, view: EditorView | null): Promise<void> {
  if (!view) return;
  try {
    const added = await services.client.pickImage({});
    if (!added || view.isDestroyed) return;
    insertPhoto(photoAttrsFrom(added))(view.state, view.dispatch);
    view.focus();
  } catch (error) {
    services.notify(`Could not add the photo: ${(error as Error).message}`);
  }
}
