// The native "import a file" dialog for File → Import….
import type { BrowserWindow } from 'electron';
import { openOneFile } from './open-one-file';

export function chooseImportFile(parent: BrowserWindow | undefined): Promise<string | null> {
  return openOneFile(parent, {
    title: 'Import an article',
    buttonLabel: 'Import',
    filters: [{ name: 'Text, web pages and Word documents', extensions: ['txt', 'text', 'md', 'html', 'htm', 'docx'] }],
  });
}
