// IPC handlers for the copy checks, spread into createHandlers. The renderer's
// worker checks the text; main hands it what lives on disk and in SQLite.
import { rulesFromCsv, rulesToCsv } from '../../../shared/checks/rules/rules-csv';
import { RuleError } from '../../../shared/checks/rules/house-rule';
import { AppError } from '../../../shared/errors/app-error';
import { writeFileSafely } from '../export/write-file';
import type { Handlers } from '../ipc/handler-types';
import type { SettingsStore } from '../settings/settings-store';
import type { CheckStore } from './check-store';
import type { AcceptedFlags } from './accepted-flags';
import { dictionaryFiles } from './dictionaries';

type CheckMethods = 'getCheckContext' | 'addNewsroomWord' | 'removeNewsroomWord' | RuleMethods | AcceptedMethods;
type RuleMethods = 'getHouseRules' | 'saveHouseRule' | 'deleteHouseRule' | 'resetHouseRules' | 'importHouseRules' | 'exportHouseRules';
type AcceptedMethods = 'listAcceptedFlags' | 'acceptCheckFlag' | 'unacceptCheckFlag';

export interface CheckHooks {
  /** Asks where to save the style rules' CSV; null when the journalist cancels. */
  chooseRulesExportPath?: (suggestedName: string) => Promise<string | null>;
}

export function createCheckHandlers(services: { checks: CheckStore; acceptedFlags: AcceptedFlags; settings: SettingsStore }, hooks: CheckHooks = {}): Pick<Handlers, CheckMethods> {
  const { checks, acceptedFlags } = services;
  const sheet = () => ({ custom: checks.hasCustomRules(), rules: checks.rules() });
  return {
    // The article's own dialect (the metadata row's), when it has one, wins over the publication's — as in checkArticle.
    getCheckContext: (request) => {
      const dialect = request.dialect || checks.dialect(services.settings.get().locale);
      const files = dictionaryFiles(dialect);
      return {
        dialect,
        dictionary: { aff: files.aff.toString('utf8'), dic: files.dic.toString('utf8') },
        words: checks.words(),
        rules: checks.rules().filter((r) => !r.dialect || r.dialect === dialect),
      };
    },
    addNewsroomWord: ({ word }) => ({ added: checks.addWords([word]) === 1 }),
    removeNewsroomWord: ({ word }) => ({ removed: checks.removeWords([word]).removed === 1 }),
    getHouseRules: sheet,
    saveHouseRule: ({ rule, replacing }) => (checks.putRule(rule, replacing), sheet()),
    deleteHouseRule: ({ id }) => (checks.deleteRule(id), sheet()),
    resetHouseRules: () => (checks.resetRules(), sheet()),
    importHouseRules: ({ csv }) => {
      let rules;
      try {
        rules = rulesFromCsv(csv);
      } catch (error) {
        if (error instanceof RuleError) throw new AppError('bad-request', `The file was not imported; the sheet is unchanged. ${error.message}`);
        throw error;
      }
      checks.replaceSheet(rules);
      return sheet();
    },
    exportHouseRules: async () => {
      if (!hooks.chooseRulesExportPath) throw new AppError('unavailable', 'Exporting the sheet needs the desktop app (no save dialog here); from a terminal, use copydesk rules export FILE.');
      const file = await hooks.chooseRulesExportPath('house-style-rules.csv');
      const rules = checks.rules();
      if (!file) return { saved: false, rules: rules.length };
      // The save dialog already asked before replacing an existing file.
      writeFileSafely(file, rulesToCsv(rules), { overwrite: true });
      return { saved: true, path: file, rules: rules.length };
    },
    listAcceptedFlags: ({ id }) => ({ flags: acceptedFlags.list(id) }),
    acceptCheckFlag: ({ id, flag }) => ({ accepted: acceptedFlags.accept(id, flag) }),
    unacceptCheckFlag: ({ id, flag }) => ({ removed: acceptedFlags.unaccept(id, flag) }),
  };
}
