// The corpus scoring itself: shingles, multiset overlap, per-page mean.
import { describe, expect, it } from 'vitest';
import { corpusScore, score, shingles, words } from '../../support/shingle-f1';

describe('shingle F1', () => {
  it('normalises case, punctuation and curly quotes into words', () => {
    expect(words('“It’s about TIME,” said Gill.')).toEqual(['it', 's', 'about', 'time', 'said', 'gill']);
  });

  it('counts 4-word shingles as a multiset', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
    expect(shingles('a b c d a b c d').get('a b c d')).toBe(2);
    expect([...shingles('two words').keys()]).toEqual(['two words']);
  });

  it('is 1 for the same text, 0 for unrelated text', () => {
    expect(score('The council met on Tuesday.', 'the council met on tuesday').f1).toBe(1);
    expect(score('one two three four five', 'six seven eight nine ten').f1).toBe(0);
    expect(score('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score('', 'some true text here').f1).toBe(0);
  });

  it('extra text lowers precision, missing text lowers recall', () => {
    const truth = 'a b c d e f g h';
    const extra = score(`${truth} x y z w v`, truth);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(5 / 10);
    const missing = score('a b c d e', truth);
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(2 / 5);
  });

  it('text extracted twice does not score twice', () => {
    const truth = 'the mayor said the bridge would close';
    expect(score(`${truth} ${truth}`, truth).precision).toBeLessThan(0.6);
  });

  it('a corpus score is the mean over pages, whatever their length', () => {
    expect(corpusScore([{ precision: 1, recall: 1, f1: 1 }, { precision: 0, recall: 0, f1: 0 }]).f1).toBe(0.5);
  });
});
