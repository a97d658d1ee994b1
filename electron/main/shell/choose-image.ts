// The native "choose a photo" dialog. Only the chosen path leaves this file;
// reading and checking the bytes is the asset handler's job.
import { dialog, type BrowserWindow } from 'electron';

export async function chooseImageFile(parent: BrowserWindow | undefined): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Insert photo',
    buttonLabel: 'Insert',
    properties: ['openFile'],
    filters: [
      { name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
