// A dropped or chosen file → base64, the encoding the IPC contract carries.
import { MAX_IMPORT_BYTES } from '../../../shared/import/accepted';

export async function fileToBase64(file: Blob): Promise<string> {
  // Checked here too so a huge file fails at once with a plain message instead of after a long read.
  if (file.size > MAX_IMPORT_BYTES) throw new Error('The file is too large to import (40 MB at most).');
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // String.fromCharCode takes arguments: go in chunks, not one call per 40 MB.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
