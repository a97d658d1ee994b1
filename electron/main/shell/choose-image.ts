// The native "choose a photo" dialog.
import type { BrowserWindow } from 'electron';
import { openOneFile } from './open-one-file';

export function chooseImageFile(parent: BrowserWindow | undefined): Promise<string | null> {
  return openOneFile(parent, {
    title: 'Insert photo',
    buttonLabel: 'Insert',
    filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'] }],
  });
}
