// One house-style rule and what it takes to run it. A rule is data — the
// publication's sheet lives in SQLite and travels as CSV (rules-csv.ts) — so
// every rule is checked here before it is kept: a pattern that does not
// compile, or that can match nothing at all (an empty match would flag every
// position), is refused with the rule's id and the reason.
import type { CheckFlag, CheckKind } from '../flag';

/**
 * `regex`: a JavaScript regular expression, case ignored (the replacement
 * keeps the original's capitals); `regex-case`: the same, case kept (US → U.S.
 * must not touch "us"); `words`: whole words or phrases separated by `|`,
 * case ignored.
 */
export const RULE_TYPES = ['regex', 'regex-case', 'words'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** A rule for every publication, or only for one spelling dialect's. */
export const RULE_DIALECTS = ['', 'en-US', 'en-GB'] as const;
export type RuleDialect = (typeof RULE_DIALECTS)[number];

export interface HouseRule {
  id: string;
  type: RuleType;
  pattern: string;
  /** What goes in instead, with `$1`… for the pattern's groups; empty when the rule only warns. */
  replacement: string;
  category: string;
  description: string;
  /** Grammar rules (doubled words, "could of") are told apart from house style in the panel. */
  kind: Extract<CheckKind, 'grammar' | 'style'>;
  autoFix: boolean;
  dialect: RuleDialect;
}

export interface CompiledRule {
  rule: HouseRule;
  regex: RegExp;
}

export const RULE_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const MAX_PATTERN = 2_000;

export class RuleError extends Error {}

/** The rule, ready to run, or a RuleError that names it and says why not. */
export function compileRule(rule: HouseRule): CompiledRule {
  const name = `Rule "${rule.id}"`;
  if (!RULE_ID.test(rule.id)) throw new RuleError(`${name}: an id is 1–80 lower-case letters, digits, dots, dashes or underscores`);
  if (!rule.pattern.trim()) throw new RuleError(`${name}: the pattern is empty`);
  if (rule.pattern.length > MAX_PATTERN) throw new RuleError(`${name}: the pattern is longer than ${MAX_PATTERN} characters`);
  const source = rule.type === 'words' ? wordsPattern(rule.pattern) : rule.pattern;
  let regex: RegExp;
  try {
    regex = new RegExp(source, rule.type === 'regex-case' ? 'gu' : 'giu');
  } catch (error) {
    throw new RuleError(`${name}: the pattern does not compile (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
  }
  if (regex.test('')) throw new RuleError(`${name}: the pattern matches empty text, so it would flag every position`);
  const groups = new RegExp(`${source}|`, regex.flags).exec('')!.length - 1;
  for (const ref of rule.replacement.matchAll(/\$(\d{1,2})/g)) {
    if (Number(ref[1]) > groups) throw new RuleError(`${name}: the replacement uses $${ref[1]} but the pattern has ${groups} group${groups === 1 ? '' : 's'}`);
  }
  regex.lastIndex = 0;
  return { rule, regex };
}

function wordsPattern(list: string): string {
  const words = list.split('|').map((w) => w.trim()).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Every match of the rules in one text, in order of position. */
export function runRules(text: string, rules: readonly CompiledRule[]): CheckFlag[] {
  const flags: CheckFlag[] = [];
  for (const { rule, regex } of rules) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      if (m[0].length === 0) continue;
      const suggestion = rule.replacement ? keepCase(m[0], expandReplacement(rule.replacement, m)) : null;
      if (suggestion === m[0]) continue;
      flags.push({
        from: m.index,
        to: m.index + m[0].length,
        text: m[0],
        kind: rule.kind,
        ruleId: rule.id,
        category: rule.category,
        message: rule.description,
        suggestions: suggestion === null ? [] : [suggestion],
        autoFix: rule.autoFix && suggestion !== null,
      });
    }
  }
  return flags.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * A replacement with `$1`…`$99`, `$&` and `$$` filled in from the match. Done
 * here rather than by re-running String.replace on the matched text alone,
 * which would lose the lookarounds' context and so match nothing.
 */
export function expandReplacement(template: string, match: RegExpMatchArray): string {
  return template.replace(/\$(\$|&|\d{1,2})/g, (_, ref: string) => (ref === '$' ? '$' : ref === '&' ? match[0] : (match[Number(ref)] ?? '')));
}

/**
 * The replacement written the way the original was: all capitals stay all
 * capitals ("PERCENT" → "PER CENT"), a capital first letter stays one
 * ("Percent" → "Per cent"). A replacement that has capitals of its own ("US")
 * is kept as written.
 */
export function keepCase(original: string, replacement: string): string {
  if (replacement !== replacement.toLowerCase()) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) {
    return replacement.replace(/\p{L}/u, (c) => c.toUpperCase());
  }
  return replacement;
}
