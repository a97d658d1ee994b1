// Word (.docx) → HTML with mammoth → the structure walk. Word styles are
// mapped to the structure they mean in a newsroom: Title is the headline,
// Quote the blockquote, Caption the photo caption. A document is all article,
// so nothing is extracted or left out as page clutter; footnotes become a
// "Notes" section (docx-notes.ts). Images are kept in memory (sha256) until
// the article is stored, and every picture Word holds is either imported or
// listed as left out with the reason.
import mammoth from 'mammoth';
import type { Analysis } from '../../../shared/import/analysis';
import { AnalysisBuilder } from '../../../shared/import/builder';
import { classifyBody } from '../../../shared/import/classify-body';
import { textOf } from '../../../shared/import/assemble';
import { headlineFrom } from '../../../shared/import/detect/headline';
import { removeUnstorableChars } from '../../../shared/limits';
import { isSha256 } from '../../../shared/assets/assets';
import { takeNotes } from './docx-notes';
import { dropFurniture } from './html/analyze-html';
import { BlockWalker, type ImageResolver } from './html/block-walker';
import { parsePage } from './html/dom';
import { firstParagraphHeadline, takeByline } from './html/page-fields';
import { ImportedImages, NOT_AN_IMAGE } from './images';
import { inflateWithin, ZipRefused } from './zip-guard';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
];

const ASSET_SRC = 'copydesk-import:';
const DOCUMENT = 'word/document.xml';
/**
 * The document's own text and markup, unpacked. mammoth holds it as an XML
 * tree, which costs about 50× its size in memory (README, Import): 16 MB is
 * several books, far more than any story, and keeps an import under 1 GB.
 */
export const MAX_DOCUMENT_XML = 16 * 1024 * 1024;

export class DocxError extends Error {}

export async function analyzeDocx(bytes: Uint8Array, images: ImportedImages): Promise<Analysis> {
  let documentXml: Buffer | undefined;
  try {
    documentXml = inflateWithin(bytes, undefined, [DOCUMENT]).kept.get(DOCUMENT);
    if (documentXml && documentXml.length > MAX_DOCUMENT_XML) {
      throw new DocxError(`its text unpacks to more than ${MAX_DOCUMENT_XML / 1048576} MB, far more than any story; split it into smaller documents`);
    }
  } catch (error) {
    if (error instanceof ZipRefused) throw new DocxError(`it is not a readable Word (.docx) document: ${error.message}`);
    throw error;
  }
  let html: string;
  let converted = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // A .docx may link images from other files or URLs: never follow those.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          converted++;
          const sha256 = images.add(new Uint8Array(await image.readAsBuffer()));
          // Formats we cannot store (EMF, WMF, TIFF, BMP) still become a photo, without an image, listed as left out.
          return { src: sha256 ? `${ASSET_SRC}${sha256}` : `copydesk-import-refused:${image.contentType}` };
        }),
      },
    );
    // Word can hold characters no article may (a vertical tab from a page break): removed, as for any import.
    html = removeUnstorableChars(result.value);
  } catch (error) {
    throw new DocxError(`it is not a readable Word (.docx) document (${error instanceof Error ? error.message : String(error)})`);
  }
  const analysis = analyzeWordHtml(html, (src) => {
    const asset = src.startsWith(ASSET_SRC) ? src.slice(ASSET_SRC.length) : null;
    if (isSha256(asset)) return { asset };
    const type = /^copydesk-import-refused:(.*)$/.exec(src)?.[1];
    return { asset: null, reason: type ? `it is a ${type} picture: ${NOT_AN_IMAGE}` : NOT_AN_IMAGE };
  });
  const unread = picturesIn(documentXml) - converted;
  if (unread > 0) {
    analysis.picturesLeftOut.push({
      description: unread === 1 ? 'a picture in the document' : `${unread} pictures in the document`,
      reason: 'Word keeps them in a drawing, chart, text box or old picture format that Copydesk cannot read; copy them out of Word and add them with Insert photo',
    });
  }
  return analysis;
}

/** What mammoth made of the document, walked into pieces: headline, byline, body, notes. */
export function analyzeWordHtml(html: string, resolveImage: ImageResolver): Analysis {
  const body = parsePage(html).body!;
  const notes = takeNotes(body);
  const b = new AnalysisBuilder('docx');
  const walker = new BlockWalker(b, resolveImage);
  walker.walk(body);
  dropFurniture(b);
  const h1 = walker.h1s[0];
  const headline = h1 === undefined ? null : headlineFrom(b.pieces[h1]!.text);
  if (h1 !== undefined && headline) b.classify({ kind: 'headline', piece: h1, value: headline });
  else if (h1 === undefined) firstParagraphHeadline(b);
  takeByline(b);
  classifyBody(b, { leadPhotosFromCredits: true });
  for (const block of notes) b.addPiece(textOf(block), [block], 'block');
  return b.build();
}

/** Pictures Word holds in the main document: DrawingML pictures, old VML images, and charts. */
function picturesIn(xml: Buffer | undefined): number {
  if (!xml) return 0;
  // Word writes some pictures twice, DrawingML with a VML fallback for old readers: count one.
  const text = xml.toString('utf8').replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  return (text.match(/<a:blip\b|<v:imagedata\b|<c:chart\b/g) ?? []).length;
}
