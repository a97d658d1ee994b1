// A .docx is a zip. mammoth unzips all of it into memory, and a zip bomb — a few
// megabytes that inflate to gigabytes — would take the main process (and the
// window's unsaved words) down with it. Before mammoth sees a file, every entry
// is inflated here against a budget, with zlib's own output limit: the sizes a
// zip declares are not trusted, the real ones are measured.
import zlib from 'node:zlib';

/** More than any Word document holds once unzipped (its photos are stored nearly as-is). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export class ZipRefused extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Throws ZipRefused with a reason a person can read, or returns the unzipped size. */
export function checkZipBudget(bytes: Uint8Array, budget = MAX_UNZIPPED_BYTES): number {
  return inflateWithin(bytes, budget).total;
}

/**
 * Checks the budget as checkZipBudget does, and keeps the inflated bytes of
 * the entries named in `keep` (word/document.xml, to count its pictures).
 */
export function inflateWithin(bytes: Uint8Array, budget = MAX_UNZIPPED_BYTES, keep: readonly string[] = []): { total: number; kept: Map<string, Buffer> } {
  const kept = new Map<string, Buffer>();
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(data);
  const entries = data.readUInt16LE(end + 10);
  const centralOffset = data.readUInt32LE(end + 16);
  if (entries === 0xffff || centralOffset === 0xffffffff) throw new ZipRefused('it uses ZIP64, which no Word document of this size needs');
  if (entries > MAX_ENTRIES) throw new ZipRefused(`it holds ${entries} files; a Word document has a few dozen`);

  let total = 0;
  let at = centralOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new ZipRefused('its table of contents is damaged');
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== LOCAL) throw new ZipRefused('one of its parts is damaged');
    const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    if (start + compressedSize > data.length) throw new ZipRefused('one of its parts is cut short');
    const stored = data.subarray(start, start + compressedSize);
    const remaining = budget - total;
    if (method === 0) {
      total += stored.length;
      if (keep.includes(name)) kept.set(name, Buffer.from(stored));
    } else if (method === 8) {
      try {
        // One byte over the budget is enough to know; zlib stops there.
        const inflated = zlib.inflateRawSync(stored, { maxOutputLength: remaining + 1 });
        total += inflated.length;
        if (keep.includes(name) && total <= budget) kept.set(name, inflated);
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') total = budget + 1;
        else throw new ZipRefused('one of its parts cannot be decompressed');
      }
    } else {
      throw new ZipRefused(`one of its parts uses a compression method (${method}) Word never writes`);
    }
    if (total > budget) {
      throw new ZipRefused(`it would unpack to more than ${Math.round(budget / 1048576)} MB, far more than any Word document; it may be a "zip bomb"`);
    }
  }
  return { total, kept };
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipRefused('it is not a zip file, as every .docx is');
}
