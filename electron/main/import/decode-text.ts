// Bytes of a text file → a string. Newsroom text arrives as UTF-8, UTF-16
// (Windows "Unicode" saves) or Windows-1252 (older wire terminals); anything
// with NUL bytes in it is not text at all.
export class NotTextError extends Error {}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new NotTextError('it is not a text file (it contains binary data)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
