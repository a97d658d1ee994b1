// Credits and captions a photo desk already wrote into the file (IPTC and
// XMP), used to prefill a new photo. Metadata is untrusted text: it is
// reduced to single trimmed lines of bounded length, and a file whose
// metadata cannot be read simply prefills nothing.
import exifr from 'exifr';

export interface PhotoMetadata {
  photographer: string;
  agency: string;
  caption: string;
  alt: string;
}

const EMPTY: PhotoMetadata = { photographer: '', agency: '', caption: '', alt: '' };

/** XMP values arrive as strings, language alternatives ({ lang, value }) or lists of either. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return '';
}

function clean(value: unknown, max: number): string {
  // eslint-disable-next-line no-control-regex
  const line = text(value).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max).trimEnd() : line;
}

type Bag = Record<string, unknown> | undefined;

export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let out: { dc?: Bag; photoshop?: Bag; Iptc4xmpCore?: Bag; iptc?: Bag } | undefined;
  try {
    out = await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      tiff: false,
      exif: false,
      gps: false,
      icc: false,
      jfif: false,
      ihdr: false,
      iptc: true,
      xmp: true,
      mergeOutput: false,
    });
  } catch {
    return EMPTY;
  }
  if (!out) return EMPTY;
  const { dc, photoshop, Iptc4xmpCore: core, iptc } = out;
  const first = (...values: unknown[]) => values.find((v) => text(v).trim() !== '');
  return {
    photographer: clean(first(iptc?.Byline, dc?.creator), 200),
    agency: clean(first(iptc?.Credit, photoshop?.Credit, iptc?.Source, photoshop?.Source), 200),
    caption: clean(first(iptc?.Caption, dc?.description), 2000),
    alt: clean(first(core?.AltTextAccessibility), 1000),
  };
}
