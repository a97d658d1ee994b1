// IPC for importing: the renderer sends a file it read (File → Import…, a
// dropped file), main understands it and returns the analysis for the review
// panel. The article itself is kept later through createArticle, after the
// journalist has reviewed and perhaps undone some of what was recognized.
import type { ImportResult } from '../../../shared/import/assemble';
import type { ImportPreviewRequest } from '../../../shared/import/ipc';
import { AppError } from '../../../shared/ipc/result';
import type { ImportTarget } from './keep-import';
import { storeImages } from './keep-import';
import { formatFromName, ImportInputError, prepareImport } from './prepare-import';

export function createImportHandlers(target: ImportTarget) {
  return {
    importPreview: async ({ fileName, data, format }: ImportPreviewRequest): Promise<ImportResult> => {
      const name = fileName.split(/[\\/]/).pop()!;
      const chosen = format ?? formatFromName(name);
      if (!chosen || chosen === 'json') {
        throw new AppError('bad-request', `Cannot import ${name}: Copydesk imports .txt, .html and .docx files.`);
      }
      let prepared;
      try {
        prepared = await prepareImport(chosen, Buffer.from(data, 'base64'));
      } catch (error) {
        if (error instanceof ImportInputError) throw new AppError('bad-request', `Cannot import ${name}: ${error.message}.`);
        throw error;
      }
      // Images are stored now (content-addressed, so importing twice stores once) so the editor can show
      // them once the article is kept; a cancelled import leaves them unreferenced, never half an article.
      storeImages(target, prepared.images);
      return prepared.result;
    },
  };
}
