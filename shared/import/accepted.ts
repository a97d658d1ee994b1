// What Copydesk imports, in one place for the app, the CLI and the renderer's
// file chooser: which file names mean which format, and how large a file may
// be. A larger file is refused before it is read, on every path.
import type { ImportFormat } from './analysis';

/** 40 MB: far more than any story, with its photos, ever is. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** Completes "Cannot import FILE: …". */
export const TOO_LARGE = 'it is larger than 40 MB, the most Copydesk imports';

const EXTENSIONS: Record<string, ImportFormat | 'json'> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  json: 'json',
};

/** The extensions the import file chooser offers (interchange JSON is the CLI's import-json, not an import). */
export const IMPORT_EXTENSIONS = Object.entries(EXTENSIONS)
  .filter(([, format]) => format !== 'json')
  .map(([ext]) => `.${ext}`);

/** The format a file name implies, or null when it says nothing we know. */
export function formatFromName(name: string): ImportFormat | 'json' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && Object.hasOwn(EXTENSIONS, ext) && EXTENSIONS[ext]) || null;
}

export function isImportable(name: string): boolean {
  const format = formatFromName(name);
  return format !== null && format !== 'json';
}
