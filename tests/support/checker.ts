// A real copy checker for tests: the shipped dictionary and the default sheet for one dialect.
import type { Dialect } from '../../shared/checks/dialect';
import { CopyChecker } from '../../shared/checks/copy-checker';
import { compileRule } from '../../shared/checks/rules/house-rule';
import { DEFAULT_RULES } from '../../shared/checks/rules/default-rules';
import { NewsroomDictionary } from '../../shared/checks/spelling/newsroom-dictionary';
import type { Speller } from '../../shared/checks/spelling/speller';
import { spellerFor } from '../../electron/main/checks/dictionaries';

export function defaultRulesFor(dialect: Dialect) {
  return DEFAULT_RULES.filter((r) => !r.dialect || r.dialect === dialect).map(compileRule);
}

export function realChecker(dialect: Dialect, words: string[] = [], speller: Speller = spellerFor(dialect)) {
  return new CopyChecker(speller, defaultRulesFor(dialect), new NewsroomDictionary(words));
}

/** The text split into paragraphs, keyed p0, p1, … */
export function paragraphsOf(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text, i) => ({ key: `p${i}`, text }));
}
