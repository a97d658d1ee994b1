// One article checked whole, as the CLI and main report it: the article's (or
// else the publication's) dialect and sheet, the newsroom dictionary, every flag with where it is in
// words ("paragraph 3, 12") and, for spelling, the dictionary's suggestions.
// Flags the desk marked correct in the article (the accepted_flags table) are left out
// and counted, so `copydesk check ID` agrees with the editor's Checks panel.
import type { Node } from 'prosemirror-model';
import { acceptedFlagOf, acceptedKey, type AcceptedFlag } from '../../../shared/checks/accepted-flag';
import { articleTexts } from '../../../shared/checks/article-texts';
import { CopyChecker } from '../../../shared/checks/copy-checker';
import type { Dialect } from '../../../shared/checks/dialect';
import { CHECK_KINDS, type CheckFlag, type CheckKind } from '../../../shared/checks/flag';
import { NewsroomDictionary } from '../../../shared/checks/spelling/newsroom-dictionary';
import type { CheckStore } from './check-store';
import { spellerFor } from './dictionaries';

export interface LocatedFlag extends CheckFlag {
  /** The text's key (headline, standfirst, block:N, caption:N) and its name for people. */
  where: string;
  label: string;
}

export interface CheckReport {
  dialect: Dialect;
  flags: LocatedFlag[];
  counts: Record<CheckKind, number>;
  /** Flags left out because they were marked correct in this article. */
  accepted: number;
}

/**
 * `publication` is the publication's dialect; the article's own (the metadata
 * row's override, migration 012), when it has one, wins.
 */
export function checkArticle(
  fields: { headline: string; standfirst: string; body: Node; dialect?: Dialect | '' },
  store: CheckStore,
  publication: Dialect,
  accepted: readonly AcceptedFlag[] = [],
): CheckReport {
  const dialect = fields.dialect || publication;
  const checker = new CopyChecker(spellerFor(dialect), store.compiledRules(dialect), new NewsroomDictionary(store.words()));
  const texts = articleTexts(fields, fields.body);
  const found = checker.check(texts);
  const flags: LocatedFlag[] = [];
  const marked = new Set(accepted.map(acceptedKey));
  let left = 0;
  for (const t of texts) {
    for (const flag of found.get(t.key) ?? []) {
      if (marked.size && marked.has(acceptedKey(acceptedFlagOf(flag, t.key, t.text)))) {
        left++;
        continue;
      }
      const suggestions = flag.ruleId === 'spelling' && flag.suggestions.length === 0 ? checker.suggest(flag.text, texts) : flag.suggestions;
      flags.push({ ...flag, suggestions, where: t.key, label: t.label });
    }
  }
  const counts = Object.fromEntries(CHECK_KINDS.map((k) => [k, flags.filter((f) => f.kind === k).length])) as Record<CheckKind, number>;
  return { dialect, flags, counts, accepted: left };
}
