// Electron entry point: one instance, one hardened window, one database.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, Menu, protocol } from 'electron';
import { EVENTS, type EventName } from '../../../shared/ipc/channels';
import { dbFlagFrom, resolveDbPath } from '../db-path';
import { createDispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import type { Services } from '../services';
import { beginAppSession, type AppSession } from '../store/app-session';
import { openAtStartup, StartupDeclined } from '../startup';
import { BackupSchedule } from '../store/backup-schedule';
import { IdleSearchMerge } from '../store/search-merge';
import { IdleCheckpoint } from '../store/idle-checkpoint';
import { quickCheckInBackground } from '../store/background-check';
import { newestGoodBackup } from '../store/backups';
import type { IntegrityReport } from '../../../shared/store/integrity-report';
import { AppError } from '../../../shared/errors/app-error';
import { serveAppFile } from './app-protocol';
import { ASSET_PRIVILEGES, ASSET_SCHEME, serveAsset } from './asset-protocol';
import { chooseImageFile } from './choose-image';
import { chooseImportFile } from './choose-import-file';
import { assetUrl } from '../../../shared/assets/assets';
import { registerIpc } from './ipc';
import { menuActionsSending, menuTemplate, setArticleItemsEnabled } from './menu';
import { createExportPathChooser, RULES_EXPORT } from './export-dialog';
import { clipboardWriter } from './copy-html';
import { APP_ORIGIN, APP_SCHEME, hardenContents, isAppUrl, windowOptions } from './security';
import { QuitSequence } from './quit-sequence';
import { RendererRecovery } from './renderer-recovery';
import { contextMenuTemplate } from './context-menu';
import { recoveryHash } from '../../../shared/recovery/recovery';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

// `standard` is also what gives the page web storage at all (Electron turns it off for
// non-standard schemes): crash recovery needs sessionStorage, rescue copies localStorage.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ASSET_SCHEME, privileges: ASSET_PRIVILEGES },
]);

let services: Services | undefined;
let appSession: AppSession | undefined;
let backups: BackupSchedule | undefined;
/** The search index's segments merged between saves, not inside one (store/search-merge.ts). */
let searchMerge: IdleSearchMerge | undefined;
/** The WAL checkpointed between saves, not inside one (store/idle-checkpoint.ts). */
let idleCheckpoint: IdleCheckpoint | undefined;
let integrity: Promise<IntegrityReport> | undefined;
/** `--restore-backup=FILE`: the app relaunched itself to reopen on a backup (IntegrityNotice). */
const RESTORE_FLAG = '--restore-backup=';
let mainWindow: BrowserWindow | undefined;

const quit = new QuitSequence({
  requestFlush: () => send('flushBeforeQuit'),
  confirmDiscard: async (reason) => {
    const options = {
      type: 'warning' as const,
      message: 'Your latest changes are not saved',
      // The renderer's reason says whether a safety copy is kept (editor/rescue/): without one, quitting loses them.
      detail: `${reason}\n\nStay to keep them on screen, and copy them somewhere safe if saving keeps failing.`,
      buttons: ['Don’t Quit', 'Quit Anyway'],
      defaultId: 0,
      cancelId: 0,
    };
    const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
    return response === 1;
  },
  finish: (flushConfirmed) => {
    if (flushConfirmed) collectUnusedPhotos();
    searchMerge?.dispose();
    idleCheckpoint?.dispose();
    // A last rolling backup when anything changed since the previous one (never blocks quitting on a failure).
    void (backups?.quit() ?? Promise.resolve(null)).finally(() => app.quit());
  },
});

const recovery = new RendererRecovery({
  reload: (reason) => {
    mainWindow?.loadURL(appUrl(recoveryHash(reason))).catch((error: unknown) => console.error('[copydesk] reload after a crash failed', error));
  },
  giveUp: (reason) => {
    dialog.showErrorBox(
      'Copydesk’s window keeps stopping',
      `The window stopped several times in a minute (${reason}), so it will not be reopened again now. ` +
        'Everything that was saved is in the database. Quit and start Copydesk again; if it happens on one article, ' +
        'copydesk show --json can read it from the command line.',
    );
  },
});

// Unused photos are collected at quit, once the renderer has answered the flush:
// its undo history, unsaved edits and any import review are about to be gone, so
// nothing in memory can still want a photo that no saved body uses. Not after the
// deadline (a hung renderer may hold unsaved work), and not at startup, when a
// session's undo history begins to grow while a deferred sweep runs. The 24 h grace
// still applies: the renderer answers even when a save failed (conflict, disk).
function collectUnusedPhotos(): void {
  if (!services) return;
  try {
    const { collected } = services.assets.collectUnused();
    if (collected.count > 0) console.info(`[copydesk] removed ${collected.count} unused photo(s) at quit`);
  } catch (error) {
    console.error('[copydesk] unused-photo cleanup failed; quitting anyway', error);
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('before-quit', (event) => {
    if (!quit.mayQuit()) event.preventDefault();
  });
  // Pending saves are flushed first (QuitSequence); then the WAL is folded into the file.
  // Closing never throws: a checkpoint that cannot run (a full or read-only disk) loses nothing and is logged.
  app.on('will-quit', () => {
    try {
      appSession?.end();
    } catch (error) {
      console.error('[copydesk] could not clear this session from app_sessions; the next start clears it', error);
    }
    const problem = services?.close();
    if (problem) console.error(`[copydesk] ${problem.message}`);
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => fatal('Copydesk could not start', error));
}

async function start(): Promise<void> {
  const flag = dbFlagFrom(process.argv);
  const dbPath = resolveDbPath({ flag, userDataDir: app.getPath('userData') });
  try {
    services = await openAtStartup(dbPath, {
      restoreFirst: process.argv.find((a) => a.startsWith(RESTORE_FLAG))?.slice(RESTORE_FLAG.length),
      ...(flag || process.env.COPYDESK_DB ? { createMissing: askToCreate } : {}),
      offerBackup: async (problem, backup) => {
        const { response } = await dialog.showMessageBox({
          type: 'error',
          message: 'Copydesk’s database is damaged',
          detail: `${problem.message}\n\nThe newest good backup is from ${backup.takenAt.toLocaleString()}. Open it instead? The damaged file is kept in the backups folder.`,
          buttons: ['Open the Backup', 'Quit'],
          defaultId: 0,
          cancelId: 1,
        });
        return response === 0;
      },
    });
    // So the CLI knows the app is running (gc --all-unused refuses); forgotten again at will-quit.
    appSession = beginAppSession(services.db);
  } catch (error) {
    if (error instanceof StartupDeclined) app.exit(0);
    else fatal('Copydesk cannot open its database', error);
    return;
  }
  const open = services;
  backups = new BackupSchedule({ db: open.db, dbPath, onError: (error) => console.error('[copydesk] a rolling backup failed', error) });
  searchMerge = new IdleSearchMerge({
    db: open.db,
    pending: open.articles.searchCatchUp,
    onError: (error) => console.error('[copydesk] bringing the search index up to date failed; the next save or search tries again', error),
  });
  // At start-up: what a crash or the CLI left to index is caught up once the window is up.
  searchMerge.changed();
  idleCheckpoint = new IdleCheckpoint({ db: open.db, onError: (error) => console.error('[copydesk] checkpointing the WAL failed; every save is still in it', error) });

  const rendererRoot = path.join(here, '../renderer');
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererRoot, request.url));
  const assets = services.assets;
  protocol.handle(ASSET_SCHEME, (request) => serveAsset(assets, request.url));

  const exportDialogDeps = { dialog, parent: () => mainWindow, stateFile: path.join(app.getPath('userData'), 'export-state.json'), defaultFolder: app.getPath('documents') };
  const dispatch = createDispatch(createHandlers(services, {
    onReadyToQuit: (unsaved) => quit.flushed(unsaved),
    onArticleOpen: (open) => setArticleItemsEnabled(Menu.getApplicationMenu(), open),
    chooseImageFile: () => chooseImageFile(mainWindow),
    chooseImportFile: () => chooseImportFile(mainWindow),
    assetUrl,
    chooseExportPath: createExportPathChooser(exportDialogDeps),
    chooseRulesExportPath: createExportPathChooser(exportDialogDeps, RULES_EXPORT),
    writeClipboard: clipboardWriter(clipboard, (items) => new ClipboardItem(items)),
    onWrite: () => {
      backups?.changed();
      searchMerge?.changed();
      idleCheckpoint?.changed();
    },
    integrityReport: () => integrity ?? Promise.resolve({ status: 'unchecked' as const, problems: [], backup: null }),
    restoreNewestBackup: () => {
      const backup = newestGoodBackup(dbPath);
      if (!backup) throw new AppError('not-found', 'There is no good backup of this database to go back to.');
      // Reopen on it through the normal quit: pending saves are flushed first, the file is closed, then restored.
      app.relaunch({ args: [...process.argv.slice(1).filter((a) => !a.startsWith(RESTORE_FLAG)), `${RESTORE_FLAG}${backup.file}`] });
      app.quit();
    },
  }), {
    isTrustedUrl: (url) => isAppUrl(url) || (!!devServerUrl && url.startsWith(devServerUrl)),
    log: (error) => console.error('[copydesk]', error),
    explain: open.explain,
  });
  registerIpc(dispatch, (event) => event.senderFrame === event.sender.mainFrame);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuActionsSending(send))));
  createWindow();
  // The start-up integrity check reads every page in a worker thread, so the window is not kept waiting.
  integrity = quickCheckInBackground(dbPath);
  // History: old automatic versions thin (reading only what crossed a line since the last run), after the window is up.
  setTimeout(() => {
    try {
      const { removed } = open.versions.thin();
      if (removed > 0) console.info(`[copydesk] thinned ${removed} old automatic version(s)`);
    } catch (error) {
      console.error('[copydesk] thinning old versions failed; they are kept', error);
    }
  }, 0);
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(path.join(here, '../preload/index.cjs')));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // Closing the window is quitting: flush first, exactly like File → Quit.
  window.on('close', (event) => {
    if (!quit.mayQuit()) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  let restartAsked = false;
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[copydesk] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    recovery.gone(restartAsked ? 'unresponsive' : details.reason, quit.quitting);
    restartAsked = false;
  });
  // A hung window (an endless loop, a huge paste): offer to restart it rather
  // than leave the journalist with a frozen screen and only a force-quit.
  window.on('unresponsive', () => {
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        message: 'Copydesk’s window is not responding',
        detail: 'You can wait for it, or restart the window. Restarting loses only what was typed since the last save.',
        buttons: ['Wait', 'Restart the window'],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response !== 1 || window.isDestroyed()) return;
        restartAsked = true;
        window.webContents.forcefullyCrashRenderer();
      });
  });
  void window.loadURL(appUrl(''));
}

function appUrl(hash: string): string {
  return `${devServerUrl ?? `${APP_ORIGIN}/index.html`}${hash}`;
}

function send(event: EventName): void {
  mainWindow?.webContents.send(EVENTS[event]);
}

async function askToCreate(dbPath: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    message: 'There is no Copydesk database there',
    detail: `Nothing was found at ${dbPath}.\n\nCheck the path you gave Copydesk, or start a new, empty library at that place.`,
    buttons: ['Start a New Library', 'Quit'],
    defaultId: 1,
    cancelId: 1,
  });
  return response === 0;
}

function fatal(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  app.exit(1);
}
