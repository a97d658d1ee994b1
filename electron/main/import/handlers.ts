// IPC for importing. Two ways in: the renderer sends a file it read (the
// Import… button, a dropped file) to importPreview, or File → Import… asks main
// to show the native open dialog (pickImportFile): a menu click carries no user
// activation into the page, so the page could not open its own file chooser.
// Either way main understands the file and returns the analysis for the review
// panel; the article is kept later through createArticle, after review.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImportResult } from '../../../shared/import/assemble';
import type { ImportFormat } from '../../../shared/import/analysis';
import type { ImportPreviewRequest, PickedImport } from '../../../shared/import/ipc';
import { formatFromName, MAX_IMPORT_BYTES, TOO_LARGE } from '../../../shared/import/accepted';
import { AppError } from '../../../shared/errors/app-error';
import type { ImportTarget } from './keep-import';
import { storeImages } from './keep-import';
import { ImportInputError, prepareImport } from './prepare-import';

export interface ImportHooks {
  /** Shows the native "import a file" dialog; resolves to a path, or null when cancelled. */
  chooseImportFile?: () => Promise<string | null>;
}

export function createImportHandlers(target: ImportTarget, hooks: ImportHooks = {}) {
  const preview = async (name: string, bytes: Uint8Array, format?: ImportFormat): Promise<ImportResult> => {
    const chosen = format ?? formatFromName(name);
    if (!chosen || chosen === 'json') {
      throw new AppError('bad-request', `Cannot import ${name}: Copydesk imports .txt, .html and .docx files.`);
    }
    let prepared;
    try {
      prepared = await prepareImport(chosen, bytes);
    } catch (error) {
      if (error instanceof ImportInputError) throw new AppError('bad-request', `Cannot import ${name}: ${error.message}.`);
      throw error;
    }
    // Images are stored now (content-addressed, so importing twice stores once) so the editor can show
    // them once the article is kept; a cancelled import leaves them unreferenced, never half an article.
    storeImages(target, prepared.images);
    return prepared.result;
  };

  return {
    importPreview: ({ fileName, data, format }: ImportPreviewRequest) =>
      preview(fileName.split(/[\\/]/).pop()!, Buffer.from(data, 'base64'), format),

    pickImportFile: async (): Promise<PickedImport> => {
      if (!hooks.chooseImportFile) throw new AppError('unavailable', 'There is no file dialog here; use the Import… button.');
      const file = await hooks.chooseImportFile();
      if (!file) return { status: 'cancelled' };
      const name = path.basename(file);
      let bytes: Buffer;
      try {
        const { size } = await fs.stat(file);
        if (size > MAX_IMPORT_BYTES) throw new AppError('bad-request', `Cannot import ${name}: ${TOO_LARGE}.`);
        bytes = await fs.readFile(file);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('bad-request', `Cannot read ${name}: ${(error as Error).message}`);
      }
      return { status: 'picked', fileName: name, result: await preview(name, bytes) };
    },
  };
}
