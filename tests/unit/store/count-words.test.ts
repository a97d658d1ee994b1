// countWords (shared/article/word-count.ts) is the one count of words: the
// word-like segments of Intl.Segmenter, hyphenated words once. Non-Latin
// scripts count as their readers count them; the fast scan it uses for
// Latin-script text must agree exactly with the segmenter, on fixed cases and
// on thousands of random texts mixing what the scan handles with what it
// leaves to the segmenter.
import { describe, expect, it } from 'vitest';
import { countWords, scanCount, segmentCount } from '../../../shared/article/word-count';

describe('countWords on real copy in several scripts', () => {
  it.each([
    ['English, with curly quotes, numbers, abbreviations and hyphens', '“It’s a well-known fact,” the U.S. envoy said on 3 March — 1,200 people, 3.5% of them al-Assad’s.', 17],
    ['Japanese (no spaces between words)', '東京都は火曜日、新しい計画を発表した。', 9], // 東京|都|は|火曜日|新しい|計画|を|発表|した
    ['Chinese (no spaces between words)', '中国政府周二宣布了一项新计划。', 8], // 中国|政府|周二|宣布|了|一项|新|计划
    ['Thai (no spaces between words)', 'นายกรัฐมนตรีกล่าวว่ารัฐบาลจะลงทุนในโครงการใหม่', 10],
    ['Arabic', 'قال رئيس الوزراء إن الحكومة ستستثمر في مشروع جديد.', 9],
    ['Russian', 'Премьер-министр заявил, что правительство вложит деньги в новый проект.', 9],
    ['Greek with accents', 'Ο πρωθυπουργός είπε ότι η κυβέρνηση θα επενδύσει.', 8],
    ['French with elision', 'L’État a dit qu’il investira aujourd’hui.', 6],
  ])('%s', (_what, text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countWords(text)).toBe(segmentCount(text));
  });

  it('counts a space-free script as words, where a count by spaces would say one', () => {
    const japanese = '東京都は火曜日、新しい計画を発表した。知事は記者団に対し、これは良いスタートだと述べた。';
    expect(japanese.split(/\s+/).length).toBe(1);
    expect(countWords(japanese)).toBeGreaterThan(15);
  });

  it('leaves out what is not a word: punctuation, dashes, symbols, spaces', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' — … “ ” ! ? £ € ° ')).toBe(0);
    expect(countWords('£5 and €10')).toBe(3);
  });
});

// What the scan handles (letters of several Latin ranges, digits, the middle characters, hyphens, signs) and what it does not.
const PIECES = [
  'a', 'Z', 'é', 'ß', 'Ā', 'ƒ', 'ɏ', '7', '0', ':', '.', "'", '’', '‘', ',', ';', '-', ' ', '\n', '\t', '\r', '"', '!', '(', '@', '#', '/', '—', '–', '“', '”', '…',
  '\u00a0', '£', '€', '×', '÷', '°', '«', '»', 'x', 'don', 'U.S.', 'e-mail', '1,200', '3.5',
  // Left to the segmenter:
  '_', '中', '文', 'ع', 'Ж', 'λ', 'ก', 'e\u0301', '\u00ad', '😀', '\u200b', '\u2010', 'ª', '\u0007',
];

function random(seed: number) {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('the fast scan agrees with Intl.Segmenter', () => {
  it('on fixed cases', () => {
    for (const text of ['one', 'two words', "it's", 'l’état', 'a.b.c', 'a..b', '1.2.3', '1,2;3', 'a;b', '1:2', 'a:b', 'a.1', '1.a', 'a-b-c', 'a--b', '-a-', "'a'", '4:30pm', 'e.g.', 'Ñu-ño', '3,5-7', 'x’', '‘tis', '2026-12-03'])
      expect(scanCount(text), text).toBe(segmentCount(text));
  });

  it('on thousands of random texts, and hands everything else to the segmenter', () => {
    const rand = random(18);
    let scanned = 0;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(rand() * 30);
      // Most texts only from what the scan handles, so it is really exercised.
      const alphabet = rand() < 0.7 ? PIECES.length - 14 : PIECES.length;
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(rand() * alphabet)];
      const fast = scanCount(text);
      if (fast !== null) {
        scanned++;
        expect(fast, JSON.stringify(text)).toBe(segmentCount(text));
      }
      expect(countWords(text), JSON.stringify(text)).toBe(segmentCount(text));
    }
    expect(scanned).toBeGreaterThan(3000);
  });

  it('scans every block of the reference article and the seed (no segmenter on ordinary English copy)', async () => {
    // The vendored copy (tests/fixtures): a fresh clone has no ../shared beside it.
    const { readSeed } = await import('../../support/seed');
    const seed = readSeed();
    const scanned = seed.split(/\n\n+/).filter((b) => scanCount(b) !== null).length;
    expect(scanned / seed.split(/\n\n+/).length).toBeGreaterThan(0.9);
  });
});
