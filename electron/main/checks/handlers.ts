// IPC handlers for the copy checks, spread into createHandlers. The renderer's
// worker checks the text; main hands it what lives on disk and in SQLite.
import type { Handlers } from '../ipc/handler-types';
import type { SettingsStore } from '../settings/settings-store';
import type { CheckStore } from './check-store';
import type { AcceptedFlags } from './accepted-flags';
import { dictionaryFiles } from './dictionaries';

type CheckMethods = 'getCheckContext' | 'addNewsroomWord' | 'removeNewsroomWord' | 'listAcceptedFlags' | 'acceptCheckFlag' | 'unacceptCheckFlag';

export function createCheckHandlers(services: { checks: CheckStore; acceptedFlags: AcceptedFlags; settings: SettingsStore }): Pick<Handlers, CheckMethods> {
  const { checks, acceptedFlags } = services;
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
    listAcceptedFlags: ({ id }) => ({ flags: acceptedFlags.list(id) }),
    acceptCheckFlag: ({ id, flag }) => ({ accepted: acceptedFlags.accept(id, flag) }),
    unacceptCheckFlag: ({ id, flag }) => ({ removed: acceptedFlags.unaccept(id, flag) }),
  };
}
