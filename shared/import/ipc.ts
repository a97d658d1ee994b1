// What the renderer sends to preview an import: the file's bytes (base64, the
// encoding both transports carry unchanged) and its name, whose extension
// gives the format unless one is named.
import { z } from 'zod';
import { ImportFormat } from './analysis';
import { ImportResult } from './assemble';
import { MAX_IMPORT_BYTES } from './accepted';
import { base64Text } from '../base64';

export const ImportPreviewRequest = z
  .object({
    fileName: z.string().min(1, 'the file has no name').max(1000, 'the file name is too long'),
    data: base64Text('file data', MAX_IMPORT_BYTES, 'the file is too large to import (40 MB at most)'),
    format: ImportFormat.optional(),
  })
  .strict();
export type ImportPreviewRequest = z.infer<typeof ImportPreviewRequest>;

/** File → Import…: main's native dialog picked a file (and read it), or the journalist cancelled. */
export const PickedImport = z.discriminatedUnion('status', [
  z.object({ status: z.literal('picked'), fileName: z.string(), result: ImportResult }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
]);
export type PickedImport = z.infer<typeof PickedImport>;
