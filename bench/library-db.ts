// The reference libraries of DESIGN §8: databases of 1k, 10k and 100k
// articles of about 800 words each — paragraphs of varied vocabulary, quotes
// with attribution, photos with credits, subheads — written through the real
// ArticleStore (so summaries, plain text and word counts are what the app
// writes), spread over ten years, a third of them published.
//
// Built once and cached under bench/.cache/ (ignored by git), keyed by
// GENERATOR_VERSION: change the generator, bump the version. A database is
// built into a temporary file and renamed when complete, so an interrupted
// run never leaves a half-built cache behind.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServices } from '../electron/main/services';
import { ArticleStore } from '../electron/main/store/article-store';
import type { ArticleChanges, BodyJSON } from '../shared/article/fields';

export const GENERATOR_VERSION = 2;
export const CACHE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache');

const SYLLABLES = (
  'ar ben cor dal en fir gon hal is jor kel lun mar nor ol pen quar ros sel tor ul ven wes yar zen' +
  ' bri cam dro fel gra hen ist kar lom mi nes ob pra rin sto tha vi wyn'
).split(' ');
const COMMON = (
  'the of and to in a is that for on with as was said by at from it an be has have are were their this which' +
  ' council minister police court report government people city year years week new after more would could about over' +
  ' than been two three last first local public school health plan budget vote election water river bridge road'
).split(' ');
const NAMES = ['Amira Haddad', 'Tom Becker', 'Li Wei', 'Sofia Rossi', 'Kwame Mensah', 'Olga Petrova', 'José Álvarez', 'Mei Tanaka'];
const AGENCIES = ['Reuters', 'AP', 'AFP', 'Getty Images', 'City Times'];

/** A small fast PRNG (mulberry32): the same seed makes the same library. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words beyond the common ones: VOCABULARY made-up words of two to four
 * syllables, drawn by Zipf's law (the word of rank r with weight 1/r), as
 * prose is: a few words very often, a long tail rarely. At 100,000 articles
 * the tail's words are in a few dozen articles each, so a "rare word" query
 * in bench/search.ts means what it says.
 */
export const VOCABULARY = 200_000;

function makeVocabulary(rand: () => number): string[] {
  const words = new Set<string>(COMMON);
  while (words.size < VOCABULARY + COMMON.length) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words].slice(COMMON.length);
}

/** Cumulative Zipf weights (s = 1) over `n` ranks, normalised to end at 1. */
function zipfCumulative(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1);
  for (let r = 0; r < n; r++) cumulative[r]! /= sum;
  return cumulative;
}

/** The rank whose cumulative weight first reaches `u` (binary search). */
function rankOf(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ArticleGenerator {
  private readonly rand: () => number;
  private readonly words: string[];
  private readonly zipf: Float64Array;

  constructor(seed = 42) {
    this.rand = random(seed);
    this.words = makeVocabulary(random(seed + 1));
    this.zipf = zipfCumulative(this.words.length);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }

  private word(): string {
    // Common words often, the rest by Zipf's law: roughly how prose is.
    return this.rand() < 0.45 ? this.pick(COMMON) : this.words[rankOf(this.zipf, this.rand())]!;
  }

  sentence(min = 8, max = 22): string {
    const n = min + Math.floor(this.rand() * (max - min));
    const words = Array.from({ length: n }, () => this.word());
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  }

  headline(): string {
    const s = this.sentence(5, 11).replace(/\.$/, '');
    return this.rand() < 0.1 ? `${s}: ${this.pick(['what we know', 'live updates', 'analysis'])}` : s;
  }

  private paragraph(): object {
    const text = Array.from({ length: 1 + Math.floor(this.rand() * 3) }, () => this.sentence()).join(' ');
    return { type: 'paragraph', content: [{ type: 'text', text }] };
  }

  /** About `words` words: paragraphs, a subhead or two, two or three quotes, one or two photos. */
  body(words = 800): BodyJSON {
    const content: object[] = [];
    if (this.rand() < 0.7) content.push(this.photo());
    let count = 0;
    while (count < words) {
      const roll = this.rand();
      let block: object;
      if (roll < 0.07) block = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: this.sentence(3, 7).replace(/\.$/, '') }] };
      else if (roll < 0.16)
        block = {
          type: 'blockquote',
          content: [this.paragraph(), { type: 'attribution', content: [{ type: 'text', text: this.pick(NAMES) }] }],
        };
      else if (roll < 0.19) block = this.photo();
      else block = this.paragraph();
      count += JSON.stringify(block).split(' ').length;
      content.push(block);
    }
    return { type: 'doc', content };
  }

  private photo(): object {
    return {
      type: 'photo',
      attrs: { asset: null, alt: this.sentence(4, 8), caption: this.sentence(6, 14), photographer: this.pick(NAMES), agency: this.pick(AGENCIES) },
    };
  }

  article(words = 800): ArticleChanges {
    const roll = this.rand();
    return {
      headline: this.headline(),
      standfirst: this.sentence(12, 24),
      byline: this.pick(NAMES),
      dateline: this.pick(['LONDON', 'NAIROBI', 'LIMA', 'OSAKA', 'MILLBROOK']),
      section: this.pick(['World', 'Politics', 'Business', 'Local', 'Sport', 'Culture']),
      tags: [this.word(), this.word()],
      status: roll < 0.34 ? 'published' : roll < 0.6 ? 'draft' : roll < 0.8 ? 'editing' : 'ready',
      body: this.body(words),
    };
  }
}

/** Path of the cached library of `count` articles, built first if missing. */
export function libraryDb(count: number): string {
  const file = path.join(CACHE_DIR, `library-v${GENERATOR_VERSION}-${count}.db`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
  const started = Date.now();
  console.log(`[bench] building ${count.toLocaleString('en')} articles into ${path.basename(file)} (cached for later runs)…`);
  const services = openServices(partial);
  services.db.pragma('synchronous = OFF');
  // Ten years of work, one article after another.
  const span = 10 * 365 * 24 * 3600 * 1000;
  const start = Date.parse('2016-01-01T00:00:00Z');
  let i = 0;
  const store = new ArticleStore(services.db, () => new Date(start + Math.floor((i * span) / count)));
  const generator = new ArticleGenerator(count);
  const batch = services.db.transaction((n: number) => {
    for (let k = 0; k < n; k++, i++) store.create(generator.article());
  });
  while (i < count) {
    batch(Math.min(1000, count - i));
    if (i % 10000 === 0) console.log(`[bench]   ${i.toLocaleString('en')} / ${count.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  services.close();
  fs.renameSync(partial, file);
  console.log(`[bench] built ${path.basename(file)} in ${((Date.now() - started) / 1000).toFixed(0)} s, ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB`);
  return file;
}
