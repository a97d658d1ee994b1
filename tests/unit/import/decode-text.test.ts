// Text files as newsrooms have them: UTF-8, UTF-16 with a BOM, Windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeText, NotTextError } from '../../../electron/main/import/decode-text';
import { formatFromName } from '../../../shared/import/accepted';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Café “quoted”'))).toBe('Café “quoted”');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('reads UTF-16 little- and big-endian files with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe('Hi');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('Hi');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (curly quotes from old wire terminals)', () => {
    expect(decodeText(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0xe9]))).toBe('“Hi” — é');
  });

  it('refuses binary data', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(NotTextError);
  });
});

describe('formatFromName', () => {
  it.each([
    ['story.TXT', 'txt'],
    ['page.htm', 'html'],
    ['Report.docx', 'docx'],
    ['article.json', 'json'],
    ['photo.jpg', null],
    ['README', null],
  ])('%s → %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });
});
