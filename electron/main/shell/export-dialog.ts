// File → Export HTML…: the native save dialog, proposing {slug}.html in the
// folder the journalist last exported to (remembered across launches in a
// small JSON file in the user-data folder). Only the chosen path leaves here.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';

export interface ExportDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  parent: () => BrowserWindow | undefined;
  /** Where the last export folder is remembered. */
  stateFile: string;
  /** Used until the journalist has exported once (e.g. the Documents folder). */
  defaultFolder: string;
}

export function readLastFolder(stateFile: string): string | null {
  try {
    const data = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as unknown;
    const folder = (data as { lastExportFolder?: unknown } | null)?.lastExportFolder;
    return typeof folder === 'string' && path.isAbsolute(folder) && fs.existsSync(folder) ? folder : null;
  } catch {
    return null; // first run, or an unreadable file: fall back to the default folder
  }
}

function rememberFolder(stateFile: string, folder: string): void {
  try {
    fs.mkdirSync(path.dirname(stateFile), { recursive: true });
    fs.writeFileSync(stateFile, JSON.stringify({ lastExportFolder: folder }));
  } catch {
    // Remembering the folder is a convenience; failing to must not fail the export.
  }
}

/** What is being saved: the dialog's words and the file type it proposes. */
export interface ExportFormat {
  title: string;
  filterName: string;
  extension: string;
}

export const HTML_EXPORT: ExportFormat = { title: 'Export HTML', filterName: 'Web page', extension: 'html' };
/** Publication settings → Style rules → Export CSV (the house-style sheet). */
export const RULES_EXPORT: ExportFormat = { title: 'Export style rules', filterName: 'CSV sheet', extension: 'csv' };

export function createExportPathChooser(deps: ExportDialogDeps, format: ExportFormat = HTML_EXPORT): (suggestedName: string) => Promise<string | null> {
  return async (suggestedName) => {
    const folder = readLastFolder(deps.stateFile) ?? deps.defaultFolder;
    const options: SaveDialogOptions = {
      title: format.title,
      buttonLabel: 'Export',
      defaultPath: path.join(folder, suggestedName),
      filters: [{ name: format.filterName, extensions: [format.extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = deps.parent();
    const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const file = path.extname(result.filePath) ? result.filePath : `${result.filePath}.${format.extension}`;
    rememberFolder(deps.stateFile, path.dirname(file));
    return file;
  };
}
