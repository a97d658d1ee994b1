// copydesk rules import FILE | export FILE | list | reset
// The publication's house-style sheet as CSV, in the Typerighter sheet's
// columns (type, pattern, replacement, category, description, id). An import
// replaces the sheet whole, and only when every rule in the file compiles.
import path from 'node:path';
import { RuleError } from '../../../shared/checks/rules/house-rule';
import { rulesFromCsv, rulesToCsv } from '../../../shared/checks/rules/rules-csv';
import { CheckStore } from '../../main/checks/check-store';
import { CliError, UsageError } from '../cli-error';
import type { Command } from '../command';
import { readInputText } from '../read-input';
import { subcommand } from './positionals';
import { writeOrFail } from './dictionary';

const USAGE = 'rules import FILE | export FILE | list | reset';

export const rulesCommand: Command = {
  name: 'rules',
  usage: USAGE,
  summary: 'The house-style sheet: import or export it as CSV, list it, or go back to the defaults',
  options: {},
  async run(positionals, _flags, { io, services }) {
    const { action, one } = subcommand(positionals, USAGE);
    const store = () => new CheckStore(services().db);
    switch (action) {
      case 'import': {
        const file = one('one CSV file to import');
        let rules;
        try {
          rules = rulesFromCsv(await readInputText(file, io));
        } catch (error) {
          if (error instanceof RuleError) throw new CliError(`${file} was not imported; the sheet is unchanged. ${error.message}`);
          throw error;
        }
        store().replaceRules(rules);
        io.stdout(`Imported ${rules.length} rule${rules.length === 1 ? '' : 's'} from ${file}; they replace the sheet.\n`);
        return;
      }
      case 'export': {
        const file = one('the CSV file to write');
        const rules = store().rules();
        writeOrFail(path.resolve(io.cwd, file), rulesToCsv(rules));
        io.stdout(`Wrote ${rules.length} rules to ${file}.\n`);
        return;
      }
      case 'list': {
        const s = store();
        const rules = s.rules();
        io.stdout(`${s.hasCustomRules() ? 'The publication’s own sheet' : 'The default sheet'}: ${rules.length} rules.\n`);
        for (const r of rules) io.stdout(`${r.id}  [${r.kind}${r.dialect ? `, ${r.dialect}` : ''}${r.autoFix ? ', auto' : ''}]  ${r.description}\n`);
        return;
      }
      case 'reset': {
        store().resetRules();
        io.stdout('The sheet is back to the defaults.\n');
        return;
      }
      default:
        throw new UsageError(`${action ? `Unknown action "${action}". ` : ''}Usage: copydesk ${USAGE}`);
    }
  },
};
