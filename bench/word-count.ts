// What counting words costs (issue 18: Intl.Segmenter everywhere): countWords
// on a 5,000-paragraph English body (the scan path), the same with the
// segmenter alone, and a Japanese body (the segmenter path), each against the
// floor of reading every character once, in the same run. A benchmark, not a
// test: it prints and writes bench/results/word-count.json.
//
//   npx tsx bench/word-count.ts
import { countWords, segmentCount } from '../shared/article/word-count';
import { median, ratioRow, writeSuite } from './report';

const ENGLISH = 'The council’s “1,200-page” plan was approved on Tuesday, the mayor said — a well-known step, at £3.5m. ';
const JAPANESE = '東京都は火曜日、新しい計画を発表した。知事は記者団に対し、これは良いスタートだと述べた。';
const english = Array.from({ length: 5000 }, (_, i) => ENGLISH.repeat(2) + i);
const japanese = Array.from({ length: 5000 }, (_, i) => JAPANESE + i);

function floor(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
  return n;
}

function time(blocks: readonly string[], count: (t: string) => number): number {
  const runs: number[] = [];
  for (let r = 0; r < 15; r++) {
    const start = performance.now();
    let total = 0;
    for (const b of blocks) total += count(b);
    runs.push(performance.now() - start);
    if (total < 0) throw new Error('unreachable');
  }
  return median(runs);
}

const started = new Date();
const englishFloor = time(english, floor);
const japaneseFloor = time(japanese, floor);
const baseline = (what: string, value: number) => ({ what: `reading every character of the same ${what} body once`, value });
writeSuite(
  'word-count',
  [
    ratioRow({ id: 'words.english.5000', what: 'countWords, 5,000 English paragraphs (scan)', value: time(english, countWords), unit: 'ms', baseline: baseline('English', englishFloor) }),
    ratioRow({ id: 'words.english.5000.segmenter', what: 'Intl.Segmenter alone, the same paragraphs', value: time(english, segmentCount), unit: 'ms', baseline: baseline('English', englishFloor) }),
    ratioRow({ id: 'words.japanese.5000', what: 'countWords, 5,000 Japanese paragraphs (segmenter)', value: time(japanese, countWords), unit: 'ms', baseline: baseline('Japanese', japaneseFloor) }),
  ],
  started,
);
