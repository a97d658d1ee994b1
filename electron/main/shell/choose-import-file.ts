// The native "import a file" dialog for File → Import…. Only the chosen path
// leaves this file; reading and understanding it is the import handler's job.
import { dialog, type BrowserWindow } from 'electron';

export async function chooseImportFile(parent: BrowserWindow | undefined): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import an article',
    buttonLabel: 'Import',
    properties: ['openFile'],
    filters: [
      { name: 'Text, web pages and Word documents', extensions: ['txt', 'text', 'md', 'html', 'htm', 'docx'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
