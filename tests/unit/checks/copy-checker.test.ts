// The checker over a whole article: what it costs after an edit, the newsroom
// dictionary's rules of case, names the article vouches for, and what is not
// prose (addresses, handles).
import { describe, expect, it } from 'vitest';
import { NewsroomDictionary, parseWordList } from '../../../shared/checks/spelling/newsroom-dictionary';
import { NameCensus, editDistance } from '../../../shared/checks/spelling/names';
import type { Speller } from '../../../shared/checks/spelling/speller';
import { wordsOf } from '../../../shared/checks/words';
import { spellerFor } from '../../../electron/main/checks/dictionaries';
import { realChecker } from '../../support/checker';

/** The real en-GB dictionary, counting the words it is asked about. */
function countingSpeller() {
  const real = spellerFor('en-GB');
  const asked: string[] = [];
  const speller: Speller = { correct: (w) => (asked.push(w), real.correct(w)), suggest: (w) => real.suggest(w) };
  return { speller, asked };
}

describe('checking again after an edit', () => {
  it('reads only the text that changed, however long the article', () => {
    const { speller, asked } = countingSpeller();
    const checker = realChecker('en-GB', [], speller);
    const texts = Array.from({ length: 2000 }, (_, i) => ({ key: `block:${i}`, text: `Paragraph ${i} of the council report on libraries and parks, item number${i}.` }));
    checker.check(texts);
    expect(asked.length).toBeGreaterThan(2000 * 8);
    asked.length = 0;
    texts[700] = { key: 'block:700', text: 'The councillers voted again.' };
    const flags = checker.check(texts);
    expect(asked.sort()).toEqual(['The', 'again', 'councillers', 'voted']);
    expect(flags.get('block:700')!.map((f) => f.text)).toEqual(['councillers']);
  });

  it('keeps the names census as texts change, join and leave: each check says what a fresh checker says, and a text whose flags did not change keeps the same array', () => {
    const kept = realChecker('en-GB');
    let texts = [
      { key: 'a', text: 'Okafor said the vote was close.' },
      { key: 'b', text: 'Later Okafor spoke again.' },
      { key: 'c', text: 'The council recieved it.' },
    ];
    const steps: ((t: typeof texts) => typeof texts)[] = [
      (t) => t.map((x) => (x.key === 'b' ? { ...x, text: 'Later okafor spoke again.' } : x)), // now also in lower case: no longer a name
      (t) => t.filter((x) => x.key !== 'b'), // gone: a single use, still no name
      (t) => [...t, { key: 'd', text: 'Okafor left, and Okafr stayed.' }],
      (t) => t.map((x) => (x.key === 'c' ? { ...x, text: 'The council received it.' } : x)),
    ];
    let before = kept.check(texts);
    for (const step of steps) {
      texts = step(texts);
      const now = kept.check(texts);
      expect([...now]).toEqual([...realChecker('en-GB').check(texts)]);
      for (const [key, flags] of now) if (JSON.stringify(before.get(key)) === JSON.stringify(flags)) expect(before.get(key)).toBe(flags);
      before = now;
    }
  });

  it('reads everything again once a word joins the newsroom dictionary', () => {
    const checker = realChecker('en-GB');
    const texts = [{ key: 'a', text: 'Councillor Okafor said no.' }];
    expect(checker.check(texts).get('a')!.map((f) => f.text)).toEqual(['Okafor']);
    checker.addToDictionary('Okafor');
    expect(checker.check(texts).has('a')).toBe(false);
  });

  it('suggests the name a one-off misspells before the dictionary’s guesses', () => {
    const checker = realChecker('en-GB');
    const texts = [
      { key: 'a', text: 'Okafor said the vote was close.' },
      { key: 'b', text: 'Later, Okafor said it again, and Okafr left.' },
    ];
    const flag = checker.check(texts).get('b')!.find((f) => f.text === 'Okafr')!;
    expect(flag.suggestions).toEqual(['Okafor']);
    expect(checker.suggest('recieved')[0]).toBe('received');
  });
});

describe('the newsroom dictionary', () => {
  it('accepts any capitals for a lower-case entry, and the entry’s own spelling, capitals and possessive for a name', () => {
    const d = new NewsroomDictionary(['dataset', 'Okafor', 'McKinsey']);
    for (const w of ['dataset', 'Dataset', 'DATASET', 'Okafor', 'OKAFOR', 'Okafor’s', "Okafor's", 'McKinsey']) expect(d.has(w), w).toBe(true);
    for (const w of ['okafor', 'Mckinsey', 'datasets']) expect(d.has(w), w).toBe(false);
  });

  it('reads a plain word list, skipping blanks and comments, and says which lines are not words', () => {
    expect(parseWordList('\uFEFF# names\nOkafor\n\nDuarte\nnot a word\nOkafor\n')).toEqual({ words: ['Okafor', 'Duarte'], refused: ['not a word'] });
  });
});

describe('words and names', () => {
  it('leaves web and mail addresses, handles and hashtags out of the words', () => {
    expect(wordsOf('See www.exampel.org or mail ed@newsdesk.exampel, @okafr and #libaries now.').map((w) => w.word)).toEqual(['See', 'or', 'mail', 'and', 'now']);
  });

  it('counts a capitalised word as a name only when the article never writes it in lower case', () => {
    const census = new NameCensus();
    for (const w of ['Aleppo', 'Aleppo', 'Brexit', 'brexit', 'Kerry']) census.count(w);
    expect(census.isConsistentName('Aleppo')).toBe(true);
    expect(census.isConsistentName('Brexit')).toBe(false);
    expect(census.isConsistentName('Kerry')).toBe(false);
    expect(editDistance('lavrov', 'lavorv', 2)).toBe(1);
  });
});
