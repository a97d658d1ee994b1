// The house-style sheet: every default rule runs, a bad rule is refused by id
// with the reason, replacements keep the original's capitals, and the sheet
// survives CSV both ways.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/checks/rules/default-rules';
import { compileRule, keepCase, runRules, RuleError, type HouseRule } from '../../../shared/checks/rules/house-rule';
import { rulesFromCsv, rulesToCsv } from '../../../shared/checks/rules/rules-csv';
import { defaultRulesFor } from '../../support/checker';

const rule = (over: Partial<HouseRule>): HouseRule => ({ id: 'test-rule', type: 'regex', pattern: 'x', replacement: '', category: 'Test', description: 'Test.', kind: 'style', autoFix: false, dialect: '', ...over });
const flagsOf = (text: string, dialect: 'en-GB' | 'en-US' = 'en-GB') => runRules(text, defaultRulesFor(dialect)).map((f) => `${f.ruleId}:${f.text}→${f.suggestions[0] ?? ''}`);

describe('the default sheet', () => {
  it('has at least 40 rules, each with its own id, and every one compiles', () => {
    expect(DEFAULT_RULES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEFAULT_RULES.map((r) => r.id)).size).toBe(DEFAULT_RULES.length);
    for (const r of DEFAULT_RULES) expect(() => compileRule(r), r.id).not.toThrow();
  });

  it('spells out one to nine, but leaves ages, money, percentages, times, dates, scores and bigger numbers alone', () => {
    expect(flagsOf('She has 3 children.')).toContain('numbers-3:3→three');
    expect(flagsOf('It rose. 40 people left.')).toContain('numbers-sentence-start:40→');
    expect(flagsOf('It rose. 2016 was the year.').filter((f) => f.startsWith('numbers-'))).toEqual([]);
    for (const text of ['aged 5', 'a 5-year-old', '£5 each', '5 per cent', '5%', 'at 5pm', 'March 5', 'won 3-1', '5.5 metres', '5,000 people', '5km', 'page 7', 'G20 summit']) {
      expect(flagsOf(`Residents ${text} today.`).filter((f) => f.startsWith('numbers-')), text).toEqual([]);
    }
  });

  it('follows the dialect: per cent, percent, U.S., US, times', () => {
    expect(flagsOf('up 5 percent', 'en-GB')).toContain('numbers-per-cent:percent→per cent');
    expect(flagsOf('up 5 per cent', 'en-US')).toContain('numbers-percent:per cent→percent');
    expect(flagsOf('the US said', 'en-US')).toContain('abbrev-us-dots:US→U.S.');
    expect(flagsOf('the U.S. said', 'en-GB')).toContain('abbrev-us-no-dots:U.S.→US');
    expect(flagsOf('told us all', 'en-US').filter((f) => f.startsWith('abbrev'))).toEqual([]);
    expect(flagsOf('at 7 p.m.', 'en-GB')).toContain('times-pm-gb:7 p.m.→7pm');
    expect(flagsOf('at 7pm', 'en-US')).toContain('times-pm-us:7pm→7 p.m.');
  });

  it('leaves acronyms and "a one-off", "an hour", "a European" alone', () => {
    for (const text of ['a UN report', 'an MP said', 'a one-off', 'an hour', 'a European plan', 'an honest man', 'a union']) {
      expect(flagsOf(text).filter((f) => f.startsWith('grammar-a')), text).toEqual([]);
    }
    expect(flagsOf('a apple')).toContain('grammar-a-vowel:a →an ');
    expect(flagsOf('an car')).toContain('grammar-an-consonant:an →a ');
  });
});

describe('a rule', () => {
  it('is refused with its id and the reason when its pattern does not compile', () => {
    expect(() => compileRule(rule({ id: 'bad-group', pattern: '(unclosed' }))).toThrow(/Rule "bad-group": the pattern does not compile \(.*\)/);
  });

  it('is refused when it matches empty text, or its replacement names a group it lacks', () => {
    expect(() => compileRule(rule({ id: 'empty', pattern: 'a*' }))).toThrow(RuleError);
    expect(() => compileRule(rule({ id: 'no-group', pattern: 'colour', replacement: '$1' }))).toThrow(/\$1 but the pattern has 0 groups/);
  });

  it('fills in groups in context (lookarounds included) and keeps the capitals of what it replaces', () => {
    const r = compileRule(rule({ pattern: String.raw`\b(\d+)\s?p\.m\.`, replacement: '$1pm' }));
    expect(runRules('at 7 p.m. today', [r])[0]!.suggestions).toEqual(['7pm']);
    expect(keepCase('Stated', 'said')).toBe('Said');
    expect(keepCase('STATED', 'said')).toBe('SAID');
    expect(keepCase('U.S.', 'US')).toBe('US');
    expect(keepCase('percent', 'per cent')).toBe('per cent');
  });

  it('of type words matches whole words and phrases only, any case, any spacing', () => {
    const r = compileRule(rule({ type: 'words', pattern: 'free gift|end result', replacement: 'gift' }));
    expect(runRules('A Free  gift, the end result, freegift', [r]).map((f) => f.text)).toEqual(['Free  gift', 'end result']);
  });
});

describe('the sheet as CSV', () => {
  it('round-trips every default rule exactly', () => {
    expect(rulesFromCsv(rulesToCsv(DEFAULT_RULES))).toEqual(DEFAULT_RULES);
  });

  it('reads the six Typerighter columns alone, with Copydesk’s own as defaults', () => {
    const csv = 'type,pattern,replacement,category,description,id\nregex,\\bstated\\b,said,Attribution,Use said.,said-stated\n';
    expect(rulesFromCsv(csv)).toEqual([rule({ id: 'said-stated', pattern: '\\bstated\\b', replacement: 'said', category: 'Attribution', description: 'Use said.' })]);
  });

  it('refuses the whole file on one bad rule, naming the rule and its line', () => {
    const csv = 'type,pattern,replacement,category,description,id\nregex,ok,,Cat,Fine.,good\nregex,(oops,,Cat,Broken.,broken-one\n';
    expect(() => rulesFromCsv(csv)).toThrow(/^Rule "broken-one" \(line 3\): the pattern does not compile/);
  });

  it('refuses a sheet without the columns, a duplicate id and an unknown type, each in a sentence', () => {
    expect(() => rulesFromCsv('pattern,id\nx,y\n')).toThrow(/no type, replacement, category, description column/);
    expect(() => rulesFromCsv('type,pattern,replacement,category,description,id\nregex,a,,C,D,dup\nregex,b,,C,D,dup\n')).toThrow(/Rule "dup" \(line 3\): another rule already has this id/);
    expect(() => rulesFromCsv('type,pattern,replacement,category,description,id\nlanguageTool,a,,C,D,lt\n')).toThrow(/the type "languagetool" is not one of/);
  });
});
