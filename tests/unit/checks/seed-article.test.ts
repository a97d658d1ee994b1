// Issue 18: the seed article (real wire copy) raises no false spelling flags on
// ordinary words in either dialect, and none at all once its names are checked
// once: names it uses with a capital more than once are flagged only the first
// time; adding each flagged name to the newsroom dictionary clears the rest.
import { describe, expect, it } from 'vitest';
import { isCapitalised } from '../../../shared/checks/spelling/names';
import { paragraphsOf, realChecker } from '../../support/checker';
import { readSeed } from '../../support/seed';

const texts = paragraphsOf(readSeed());

describe.each(['en-GB', 'en-US'] as const)('the seed article in %s', (dialect) => {
  const spelling = () => [...realChecker(dialect).check(texts).values()].flat().filter((f) => f.kind === 'spelling');

  it('flags only names (capitalised words), never an ordinary word, except the other dialect’s spellings', () => {
    const ordinary = spelling().filter((f) => !isCapitalised(f.text));
    // The story is American and quotes the Guardian: each dialect rightly flags the other's spellings.
    expect(ordinary.map((f) => f.text)).toEqual(dialect === 'en-US' ? ['recognised'] : ['skeptical', 'neighborhoods']);
  });

  it('flags a name it writes with a capital more than once only at its first use ("Aleppo", "Nusra")', () => {
    const flags = spelling();
    for (const name of ['Nusra']) expect(flags.filter((f) => f.text === name)).toHaveLength(1);
    expect(flags.find((f) => f.text === 'Nusra')!.ruleId).toBe('name');
  });

  it('has no spelling flag left once each flagged name is added to the newsroom dictionary', () => {
    const names = [...new Set(spelling().filter((f) => isCapitalised(f.text)).map((f) => f.text))];
    expect(names).toContain('Lavrov');
    const checked = realChecker(dialect, names).check(texts);
    const left = [...checked.values()].flat().filter((f) => f.kind === 'spelling' && isCapitalised(f.text));
    expect(left).toEqual([]);
  });
});
