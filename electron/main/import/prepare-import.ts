// One entry point for every import path (CLI, IPC): bytes and a format in,
// the analysis and assembled article out, plus the images to store when the
// article is kept. Nothing here touches the database.
import { assemble, type ImportResult } from '../../../shared/import/assemble';
import type { ImportFormat } from '../../../shared/import/analysis';
import { MAX_IMPORT_BYTES, TOO_LARGE } from '../../../shared/import/accepted';
import { removeUnstorableChars } from '../../../shared/limits';
import { analyzePlainText } from '../../../shared/import/plain-text';
import { decodeText, NotTextError } from './decode-text';
import { analyzeDocx, DocxError } from './docx';
import { analyzeHtml } from './html/analyze-html';
import { MarkupRefused } from './html/dom';
import { ImportedImages } from './images';

/** The file as text, without the characters no article may hold (shared/limits.ts: foreign text is cleaned, not refused). */
function storableText(bytes: Uint8Array): string {
  return removeUnstorableChars(decodeText(bytes));
}

/** Input that cannot become an article; the message completes "Cannot import FILE: …". */
export class ImportInputError extends Error {}

export interface PreparedImport {
  result: ImportResult;
  images: ImportedImages;
}

export async function prepareImport(format: ImportFormat, bytes: Uint8Array): Promise<PreparedImport> {
  if (bytes.length === 0) throw new ImportInputError('the file is empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportInputError(TOO_LARGE);
  const images = new ImportedImages();
  try {
    const analysis =
      format === 'docx'
        ? await analyzeDocx(bytes, images)
        : format === 'html'
          ? analyzeHtml(storableText(bytes), (src) => images.addDataUrl(src))
          : analyzePlainText(storableText(bytes));
    const hasContent = analysis.pieces.some((p) => p.text.trim() || p.nodes.some((n) => n.type !== 'paragraph'));
    if (!hasContent) throw new ImportInputError('there is no text in it');
    return { result: assemble(analysis), images };
  } catch (error) {
    if (error instanceof NotTextError || error instanceof DocxError || error instanceof MarkupRefused) throw new ImportInputError(error.message);
    throw error;
  }
}
