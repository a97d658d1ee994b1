// The window: the article library on the left, the open article, and the side
// area (the preview, or History) on the right. What is open and how it changes
// is the Workspace's (workspace.ts); how wide each part is, the layout model's
// (layout/layout-model.ts); this component wires the commands to them.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Client } from '../ipc/client';
import { ArticleList } from '../library/ArticleList';
import { summaryOf, useLibrary } from '../library/useLibrary';
import { ArticleEditor } from '../editor/ArticleEditor';
import { ShortcutsDialog } from '../editor/help/ShortcutsDialog';
import { ImportFlow } from '../import/ImportFlow';
import { PreviewPane } from '../preview/PreviewPane';
import { usePreviewCommands } from '../preview/usePreviewCommands';
import { SettingsDialog } from '../settings/SettingsDialog';
import { recoveryMessage } from '../../../shared/recovery/recovery';
import { rememberOpenArticle, type Recovery } from './recovery';
import { DeleteArticleDialog } from './DeleteArticleDialog';
import { DamagedArticle } from './DamagedArticle';
import { IntegrityNotice } from './IntegrityNotice';
import { HistorySide, SaveVersion, useHistoryCommands } from '../history/useHistoryCommands';
import { SpikeToast, SpikedBanner, useSpike } from '../desk/useSpike';
import { Workspace } from './workspace';
import { useWindowCommands } from './useWindowCommands';
import { LibraryPane } from './LibraryPane';
import { computeLayout, LayoutStore, SPLITTER_WIDTH, type SidePanel } from '../layout/layout-model';
import { useWindowWidth, windowStorage } from '../layout/use-window-width';
import { SideArea } from '../layout/SideArea';
import { useRevealLibraryForSearch } from '../layout/use-reveal-library';
import '../layout/layout.css';
import { useChecks } from '../editor/checks/useChecks';
import { useSectionTargets } from '../editor/status/section-targets-store';
import { ChecksPanel } from '../editor/checks/ChecksPanel';
import { exportWarning } from '../preview/export-warning';

function Banner({ kind, text, onDismiss }: { kind: 'warning' | 'error' | 'notice'; text: string; onDismiss?(): void }) {
  return (
    <p role={kind === 'notice' ? 'status' : 'alert'} className={`${kind}-banner`}>
      {text}
      {onDismiss && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </p>
  );
}

export function App({ client, recovery = null }: { client: Client; recovery?: Recovery | null }) {
  // The list is paged (library/): nothing here holds or re-reads the whole library.
  const { library, withKeptEdits, refreshKeptMarks } = useLibrary(client);
  const total = useSyncExternalStore(library.subscribe, () => library.getSnapshot().total);
  const workspace = useMemo(() => new Workspace({ client, library, summaryOf, refreshKeptMarks }), [client, library, refreshKeptMarks]);
  const { session, damaged, error, deleting } = useSyncExternalStore(workspace.subscribe, workspace.getSnapshot);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [recoveryNotice, setRecoveryNotice] = useState(recovery ? recoveryMessage(recovery.reason) : null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const sectionTargets = useSectionTargets(client);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const checks = useChecks(client, session);
  const preview = usePreviewCommands({ client, articleId: session?.id ?? null, flush: () => session?.flush() ?? Promise.resolve(), warning: () => exportWarning(checks, session) });
  const history = useHistoryCommands({ client, session });
  // The desk (desk/): File → Spike Article, Undo, Unspike; Delete permanently only from the Spiked view.
  const spiking = useSpike({ client, library, leave: () => workspace.leaveForSpike(), open: workspace.openFromList, onError: (message) => workspace.showError(message) });
  const [checksOpen, setChecksOpen] = useState(false);
  const subscribeFocusSearch = useCallback((listener: () => void) => client.on('focusSearch', listener), [client]);
  const layoutStore = useMemo(() => new LayoutStore(windowStorage()), []);
  const choices = useSyncExternalStore(layoutStore.subscribe, layoutStore.getSnapshot);
  const windowWidth = useWindowWidth();
  // One side area: History while it is open, then the Checks panel, otherwise the preview when it is on.
  // Opening one of the panels closes the other, so the one just asked for is the one shown.
  const side: SidePanel | null = session ? (history.panelOpen ? 'history' : checks && checksOpen ? 'checks' : preview.previewOpen ? 'preview' : null) : null;
  // A Tablet or Desktop preview needs more room than a phone's: the full library folds for it sooner.
  const sideComfort = layoutStore.sideComfort(side);
  const layout = computeLayout({ windowWidth, library: choices.library, side, sideWidth: choices.sideWidth, sideComfort });
  const libraryMode = choices.libraryPeek && layout.library === 'rail' ? 'peek' : layout.library;
  useRevealLibraryForSearch(client, layoutStore, side, sideComfort);
  const openFromList = useCallback(
    (id: string) => {
      layoutStore.closePeek();
      workspace.openFromList(id);
    },
    [layoutStore, workspace],
  );

  useWindowCommands(client, {
    'new-article': () => void workspace.create(),
    'show-shortcuts': () => setShortcutsOpen(true),
    'save-version': history.openSaveVersion,
    'show-history': () => {
      setChecksOpen(false);
      history.showHistory();
    },
    'spike-article': () => void (session && spiking.spike(session.id)),
    'toggle-preview': preview.togglePreview,
    'toggle-library': () => layoutStore.toggleLibrary({ windowWidth: document.documentElement.clientWidth, side, sideComfort }),
    'export-html': () => void preview.exportHtml(),
    'copy-html': () => void preview.copyHtml(),
    'show-checks': () => {
      history.closePanel();
      setChecksOpen((open) => !(open && !history.panelOpen));
    },
  });
  // Quitting asks the open article first; main asks the journalist before anything unsaved is thrown away.
  useEffect(
    () =>
      client.on('flushBeforeQuit', () => {
        void workspace
          .quit()
          .catch(() => null)
          .then((unsaved) => client.readyToQuit(unsaved ? { unsaved: unsaved.slice(0, 500) } : {}));
      }),
    [client, workspace],
  );

  useEffect(() => {
    void library.reload();
    refreshKeptMarks().catch((e: Error) => workspace.showError(e.message));
  }, [library, refreshKeptMarks, workspace]);
  const openId = session?.id ?? null;
  const spikedAt = openId ? library.find(openId)?.spikedAt : undefined;
  useEffect(() => rememberOpenArticle(openId), [openId]);
  // Main enables Export, Copy HTML and Delete only while there is an article for them to act on.
  const hasOpenArticle = session !== null;
  useEffect(() => {
    client.setArticleOpen({ open: hasOpenArticle }).catch(() => undefined);
  }, [client, hasOpenArticle]);
  // After a crash, back to the article that was open (as last saved).
  const recoveredArticle = recovery?.articleId ?? null;
  useEffect(() => {
    if (recoveredArticle) void workspace.open(recoveredArticle);
  }, [recoveredArticle, workspace]);

  const columns = [`${layout.libraryWidth}px`, 'minmax(0, 1fr)', ...(layout.side?.mode === 'split' ? [`${SPLITTER_WIDTH}px`, `${layout.side.width}px`] : [])];
  return (
    <div className="app" style={{ gridTemplateColumns: columns.join(' ') }}>
      <LibraryPane
        mode={libraryMode}
        onToggle={() => layoutStore.toggleLibrary({ windowWidth, side, sideComfort })}
        onClosePeek={() => layoutStore.closePeek()}
        onCreate={() => void workspace.create()}
        onSettings={() => setSettingsOpen(true)}
        importFlow={<ImportFlow client={client} onKept={(article) => workspace.imported(article)} />}
        list={<ArticleList library={library} withKeptEdits={withKeptEdits} selectedId={openId ?? damaged?.id ?? null} onOpen={openFromList} subscribeFocus={subscribeFocusSearch} />}
      />
      <main className="workspace">
        <IntegrityNotice client={client} />
        {recoveryNotice && <Banner kind="warning" text={recoveryNotice} onDismiss={() => setRecoveryNotice(null)} />}
        <SpikeToast spiking={spiking} />
        {session && spikedAt && <SpikedBanner spikedAt={spikedAt} onUnspike={() => void spiking.unspike(session.id, false)} onDelete={() => workspace.askToDelete()} />}
        {error && <Banner kind="error" text={error} />}
        {history.message && <Banner kind="notice" text={history.message} onDismiss={history.dismissMessage} />}
        {preview.message && <Banner kind={preview.message.kind === 'error' ? 'error' : 'notice'} text={preview.message.text} onDismiss={preview.dismissMessage} />}
        {damaged && !session ? (
          <DamagedArticle key={damaged.id} message={damaged.message} onRecover={() => workspace.recoverDamaged()} />
        ) : session ? (
          <ArticleEditor key={session.id} client={client} session={session} checks={checks} sectionTargets={sectionTargets} onShowShortcuts={() => setShortcutsOpen(true)} />
        ) : (
          <div className="empty-state">
            <p>{total ? 'Choose an article on the left, or start a new one.' : 'No articles yet.'}</p>
            <button type="button" className="primary" onClick={() => void workspace.create()}>
              Start a new article
            </button>
          </div>
        )}
      </main>
      {session && layout.side && (
        <SideArea side={layout.side} onResize={(width) => layoutStore.setSideWidth(width)}>
          {layout.side.panel === 'history' ? (
            <HistorySide history={history} session={session} />
          ) : layout.side.panel === 'checks' && checks ? (
            <ChecksPanel checks={checks} onClose={() => setChecksOpen(false)} />
          ) : layout.side.panel === 'preview' ? (
            <PreviewPane
              key={session.id}
              client={client}
              article={session.meta}
              draft={session.draft}
              settingsVersion={settingsVersion}
              device={choices.device}
              onDevice={(device) => layoutStore.setDevice(device)}
              onExport={() => void preview.exportHtml()}
            />
          ) : null}
        </SideArea>
      )}
      <SaveVersion history={history} session={session} />
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {deleting && session && (
        <DeleteArticleDialog
          headline={library.find(session.id)?.headline ?? session.meta.headline}
          words={library.find(session.id)?.wordCount ?? 0}
          busy={deleting.busy}
          onDelete={() => void workspace.deleteOpen()}
          onCancel={() => workspace.cancelDelete()}
        />
      )}
      {settingsOpen && <SettingsDialog client={client} onClose={() => setSettingsOpen(false)} onSaved={() => setSettingsVersion((v) => v + 1)} onRulesChanged={() => checks?.reloadContext()} sectionTargets={sectionTargets} />}
    </div>
  );
}
