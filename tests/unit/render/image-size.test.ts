// Intrinsic image sizes read from the bytes, for width/height on <img>.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../shared/render';
import { makePng } from '../../fixtures/render/png';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const pad = (n: number) => new Array(n).fill(0);

describe('imageSize', () => {
  it('reads PNG', () => {
    expect(imageSize(makePng(321, 123))).toEqual({ width: 321, height: 123 });
  });

  it('reads a real JPEG (past its JFIF segment to the frame header)', () => {
    expect(imageSize(fs.readFileSync('tests/fixtures/photos/riverside.jpg'))).toEqual({ width: 960, height: 600 });
  });

  it('reads GIF and WebP (VP8X, VP8L, VP8)', () => {
    expect(imageSize(bytes('GIF89a', [0x40, 0x01, 0xc8, 0x00], pad(20)))).toEqual({ width: 320, height: 200 });
    expect(imageSize(bytes('RIFF', pad(4), 'WEBPVP8X', pad(8), [0x3f, 0x01, 0x00, 0xc7, 0x00, 0x00]))).toEqual({ width: 320, height: 200 });
    // VP8L packs (width-1) and (height-1) in 14 bits each after the 0x2f signature.
    const bits = (320 - 1) | ((200 - 1) << 14);
    expect(imageSize(bytes('RIFF', pad(4), 'WEBPVP8L', pad(4), [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >> 24) & 0xff], pad(8)))).toEqual({ width: 320, height: 200 });
    expect(imageSize(bytes('RIFF', pad(4), 'WEBPVP8 ', pad(4), pad(3), [0x9d, 0x01, 0x2a, 0x40, 0x01, 0xc8, 0x00]))).toEqual({ width: 320, height: 200 });
  });

  it('answers null for anything it cannot read', () => {
    expect(imageSize(new Uint8Array(0))).toBeNull();
    expect(imageSize(makePng().subarray(0, 20))).toBeNull();
    expect(imageSize(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageSize(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01], pad(30)))).toBeNull(); // a JPEG whose segment lengths make no sense
  });
});
