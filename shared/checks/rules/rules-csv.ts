// The rule sheet as CSV, in the columns of the Guardian's Typerighter sheet
// (type, pattern, replacement, category, description, id) and three of
// Copydesk's own after them (kind, auto-fix, dialect), which may be left out.
// Reading is all or nothing: one bad row refuses the file, naming the rule
// (or the line) and the reason, and the sheet stays as it was.
import Papa from 'papaparse';
import { compileRule, RULE_DIALECTS, RULE_TYPES, RuleError, type HouseRule, type RuleDialect, type RuleType } from './house-rule';

export const CSV_COLUMNS = ['type', 'pattern', 'replacement', 'category', 'description', 'id', 'kind', 'auto-fix', 'dialect'] as const;
const REQUIRED = CSV_COLUMNS.slice(0, 6);
const MAX_RULES = 20_000;

export function rulesToCsv(rules: readonly HouseRule[]): string {
  const rows = rules.map((r) => [r.type, r.pattern, r.replacement, r.category, r.description, r.id, r.kind, r.autoFix ? 'yes' : 'no', r.dialect]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n', quotes: true }) + '\n';
}

/** Every rule of the file, each compiled once to prove it runs; a RuleError for the first that does not. */
export function rulesFromCsv(text: string): HouseRule[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch' || e.code === 'TooFewFields');
  if (fatal) throw new RuleError(`Line ${(fatal.row ?? 0) + 2} of the sheet cannot be read: ${fatal.message}`);
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw new RuleError(`The sheet has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}; its first line must name the columns ${REQUIRED.join(', ')}.`);
  if (parsed.data.length > MAX_RULES) throw new RuleError(`The sheet has ${parsed.data.length} rules; the most it may hold is ${MAX_RULES}.`);
  const seen = new Set<string>();
  return parsed.data.map((row, i) => {
    const line = i + 2;
    const id = (row.id ?? '').trim();
    const where = id ? `Rule "${id}" (line ${line})` : `Line ${line}`;
    const type = (row.type ?? '').trim().toLowerCase();
    if (!(RULE_TYPES as readonly string[]).includes(type)) throw new RuleError(`${where}: the type "${type}" is not one of ${RULE_TYPES.join(', ')}.`);
    if (seen.has(id)) throw new RuleError(`${where}: another rule already has this id.`);
    seen.add(id);
    const kind = (row.kind ?? '').trim().toLowerCase() || 'style';
    if (kind !== 'style' && kind !== 'grammar') throw new RuleError(`${where}: the kind "${kind}" is not style or grammar.`);
    const auto = (row['auto-fix'] ?? '').trim().toLowerCase();
    if (!['', 'yes', 'no', 'true', 'false'].includes(auto)) throw new RuleError(`${where}: auto-fix is "${auto}"; write yes or no.`);
    const dialect = (row.dialect ?? '').trim();
    if (!(RULE_DIALECTS as readonly string[]).includes(dialect)) throw new RuleError(`${where}: the dialect "${dialect}" is not en-US, en-GB or empty (every publication).`);
    const rule: HouseRule = {
      id,
      type: type as RuleType,
      pattern: row.pattern ?? '',
      replacement: row.replacement ?? '',
      category: (row.category ?? '').trim() || 'House style',
      description: (row.description ?? '').trim(),
      kind,
      autoFix: auto === 'yes' || auto === 'true',
      dialect: dialect as RuleDialect,
    };
    try {
      compileRule(rule);
    } catch (error) {
      if (error instanceof RuleError) throw new RuleError(error.message.replace(/^Rule "[^"]*"/, where));
      throw error;
    }
    return rule;
  });
}
