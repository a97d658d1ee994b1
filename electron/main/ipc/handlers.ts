// Every contract method's handler, assembled from each feature's *handlers.ts,
// plus the few that belong to the app itself (quit, menus, integrity, restore).
import type { MethodName } from '../../../shared/ipc/channels';
import type { IntegrityReport } from '../../../shared/store/integrity-report';
import { AppError } from '../../../shared/errors/app-error';
import type { Services } from '../services';
import type { Handlers } from './handler-types';
import { createArticleHandlers } from '../store/handlers';
import { createDeskHandlers } from '../desk/handlers';
import { createHistoryHandlers } from '../history/handlers';
import { createExportHandlers, type ExportHooks } from '../export/handlers';
import { createSettingsHandlers } from '../settings/handlers';
import { createAssetHandlers, type AssetHooks } from '../assets/handlers';
import { createImportHandlers, type ImportHooks } from '../import/handlers';
import { createCheckHandlers, type CheckHooks } from '../checks/handlers';


export interface HandlerHooks extends ExportHooks, AssetHooks, ImportHooks, CheckHooks {
  /** Called when the renderer says its pending saves are flushed (quit sequence). */
  onReadyToQuit?: (unsaved?: string) => void;
  /** Called when the renderer opens or closes an article (menu items that act on it). */
  onArticleOpen?: (open: boolean) => void;
  /** The start-up integrity check (store/background-check.ts), where the host runs one. */
  integrityReport?: () => Promise<IntegrityReport>;
  /** Quit and reopen on the newest good backup (the shell relaunches); absent where the host cannot. */
  restoreNewestBackup?: () => void;
  /** After every write the journalist made (rolling backups, store/backup-schedule.ts). */
  onWrite?: () => void;
}

/** The methods that change the file: each success is a change worth a rolling backup. */
const WRITES: readonly MethodName[] = [
  'createArticle',
  'saveArticle',
  'deleteArticle',
  'spikeArticle',
  'unspikeArticle',
  'recoverArticleText',
  'discardBlankArticle',
  'saveVersion',
  'closeArticle',
  'addAsset',
  'saveSettings',
  'saveUserSettings',
  'addNewsroomWord',
  'removeNewsroomWord',
  'saveHouseRule',
  'deleteHouseRule',
  'resetHouseRules',
  'importHouseRules',
  'setSectionTarget',
  'acceptCheckFlag',
  'unacceptCheckFlag',
];

export function createHandlers(services: Services, hooks: HandlerHooks = {}): Handlers {
  const handlers = createAll(services, hooks);
  if (!hooks.onWrite) return handlers;
  const onWrite = hooks.onWrite;
  for (const method of WRITES) {
    const handler = handlers[method] as (request: unknown) => unknown;
    (handlers as Record<string, unknown>)[method] = async (request: unknown) => {
      const value = await handler(request);
      onWrite();
      return value;
    };
  }
  return handlers;
}

function createAll(services: Services, hooks: HandlerHooks): Handlers {
  return {
    ...createArticleHandlers(services.articles),
    ...createDeskHandlers(services.articles),
    ...createHistoryHandlers(services.versions),
    readyToQuit: ({ unsaved }) => {
      hooks.onReadyToQuit?.(unsaved);
      return {};
    },
    setArticleOpen: ({ open }) => {
      hooks.onArticleOpen?.(open);
      return {};
    },
    checkIntegrity: () => hooks.integrityReport?.() ?? { status: 'unchecked', problems: [], backup: null },
    restoreNewestBackup: () => {
      if (!hooks.restoreNewestBackup) throw new AppError('unavailable', 'Restoring a backup needs the desktop app; from a terminal, use copydesk restore-backup.');
      hooks.restoreNewestBackup();
      return {};
    },
    ...createAssetHandlers(services.assets, hooks),
    ...createSettingsHandlers(services),
    ...createExportHandlers(services, hooks),
    ...createImportHandlers(services, hooks),
    ...createCheckHandlers(services, hooks),
  };
}
