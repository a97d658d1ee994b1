// The native open dialog for exactly one file. Only the chosen path leaves
// here; reading and checking the file is the caller's handler's job.
import { dialog, type BrowserWindow, type FileFilter } from 'electron';

export async function openOneFile(
  parent: BrowserWindow | undefined,
  options: { title: string; buttonLabel: string; filters: FileFilter[] },
): Promise<string | null> {
  const dialogOptions: Electron.OpenDialogOptions = {
    ...options,
    properties: ['openFile'],
    filters: [...options.filters, { name: 'All files', extensions: ['*'] }],
  };
  const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
