// Word (.docx) → HTML with mammoth → the HTML importer. Word styles are mapped
// to the structure they mean in a newsroom: Title is the headline, Quote the
// blockquote, Caption the photo caption. Images are kept in memory (sha256)
// until the article is stored.
import mammoth from 'mammoth';
import type { Analysis } from '../../../shared/import/analysis';
import { analyzeHtml } from './html/analyze-html';
import { ImportedImages, NOT_AN_IMAGE } from './images';
import { checkZipBudget, ZipRefused } from './zip-guard';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
];

const ASSET_SRC = /^copydesk-import:([0-9a-f]{64})$/;

export class DocxError extends Error {}

export async function analyzeDocx(bytes: Uint8Array, images: ImportedImages): Promise<Analysis> {
  try {
    checkZipBudget(bytes);
  } catch (error) {
    if (error instanceof ZipRefused) throw new DocxError(`it is not a readable Word (.docx) document: ${error.message}`);
    throw error;
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A .docx may link images from other files or URLs: never follow those.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const sha256 = images.add(new Uint8Array(await image.readAsBuffer()));
          // Formats we cannot store (EMF, WMF, TIFF) still become a photo, without an image.
          return { src: sha256 ? `copydesk-import:${sha256}` : '' };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    throw new DocxError(`it is not a readable Word (.docx) document (${error instanceof Error ? error.message : String(error)})`);
  }
  return analyzeHtml(html, 'docx', (src) => {
    const asset = ASSET_SRC.exec(src)?.[1];
    return asset ? { asset } : { asset: null, reason: NOT_AN_IMAGE };
  });
}
