// Drag-and-drop and paste of image files into the body.
import { Plugin } from 'prosemirror-state';
import type { EditorServices } from '../body/editor-services';
import { imageFilesOf, insertImageFiles } from './add-files';

export function photoInputPlugins(services: EditorServices): Plugin[] {
  return [
    new Plugin({
      props: {
        handleDrop(view, event) {
          const files = imageFilesOf(event.dataTransfer?.files);
          if (!files.length) return false;
          event.preventDefault();
          const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          void insertImageFiles(services, view, files, pos);
          return true;
        },
        handlePaste(view, event) {
          const files = imageFilesOf(event.clipboardData?.files);
          // Copying an image from a page also puts HTML on the clipboard; text wins when there is any.
          const text = event.clipboardData?.getData('text/plain') ?? '';
          if (!files.length || text.trim()) return false;
          event.preventDefault();
          void insertImageFiles(services, view, files);
          return true;
        },
      },
    }),
  ];
}
