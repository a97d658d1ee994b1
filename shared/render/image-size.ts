// Intrinsic size of an image from its first bytes, so the page can reserve the
// photo's space (width/height attributes) before it decodes: no text jumping
// under a reader's eyes. PNG, GIF, JPEG and WebP; anything else (AVIF, a
// truncated file) answers null and the page simply omits the attributes.
export interface ImageSize {
  width: number;
  height: number;
}

const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const le16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const be32 = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const le24 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function sane(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 && width < 100_000 && height < 100_000 ? { width, height } : null;
}

export function imageSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24) return null;
  // PNG: signature, then the IHDR chunk's width and height.
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG' && ascii(bytes, 12, 4) === 'IHDR') {
    return sane(be32(bytes, 16), be32(bytes, 20));
  }
  if (ascii(bytes, 0, 4) === 'GIF8') return sane(le16(bytes, 6), le16(bytes, 8));
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webpSize(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return sane(le24(b, 24) + 1, le24(b, 27) + 1);
  if (chunk === 'VP8 ' && b.length >= 30) return sane(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return sane((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  return null;
}

// Walk the marker segments to the first start-of-frame (SOF0–SOF15, except
// DHT, JPG and DAC, which share the range).
function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = be16(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sane(be16(b, i + 7), be16(b, i + 5));
    }
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}
