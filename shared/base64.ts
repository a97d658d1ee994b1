// Bytes cross IPC as base64 text (both transports carry a string unchanged):
// one pattern, and one rule for how long the text of N bytes may be.
import { z } from 'zod';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The length of the base64 text of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Base64 text of at most `maxBytes` bytes; `what` names it in the refusal ("image data", "file data"). */
export function base64Text(what: string, maxBytes: number, tooLarge: string) {
  return z.string().max(base64Length(maxBytes), tooLarge).regex(BASE64, `${what} must be base64`);
}
