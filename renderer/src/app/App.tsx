// The window: the article library on the left, the open article on the right.
// What is open and how it changes is the Workspace's (workspace.ts); this
// component lays the window out and wires the commands to it.
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
import { HistoryDialogs, useHistoryCommands } from '../history/useHistoryCommands';
import { SpikeToast, SpikedBanner, useSpike } from '../desk/useSpike';
import { Workspace } from './workspace';
import { useWindowCommands } from './useWindowCommands';
import { useChecks } from '../editor/checks/useChecks';
import { ChecksPanel } from '../editor/checks/ChecksPanel';

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
  const [settingsOpen, setSettingsOpen] = useState(false);
  const checks = useChecks(client, session);
  const preview = usePreviewCommands({ client, articleId: session?.id ?? null, flush: () => session?.flush() ?? Promise.resolve(), warning: () => checks?.openSpellingNotice() ?? null });
  const history = useHistoryCommands({ client, session });
  // The desk (desk/): File → Spike Article, Undo, Unspike; Delete permanently only from the Spiked view.
  const spiking = useSpike({ client, library, leave: () => workspace.leaveForSpike(), open: workspace.openFromList, onError: (message) => workspace.showError(message) });
  const [checksOpen, setChecksOpen] = useState(false);
  const subscribeFocusSearch = useCallback((listener: () => void) => client.on('focusSearch', listener), [client]);

  useWindowCommands(client, {
    'new-article': () => void workspace.create(),
    'show-shortcuts': () => setShortcutsOpen(true),
    'save-version': history.openSaveVersion,
    'show-history': history.showHistory,
    'spike-article': () => void (session && spiking.spike(session.id)),
    'toggle-preview': preview.togglePreview,
    'export-html': () => void preview.exportHtml(),
    'copy-html': () => void preview.copyHtml(),
    'show-checks': () => setChecksOpen((open) => !open),
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

  const withPreview = session && preview.previewOpen;
  const withChecks = checks && checksOpen;
  return (
    <div className={`app${withPreview ? ' with-preview' : ''}${withChecks ? ' with-checks' : ''}`}>
      <aside className="library" aria-label="Articles">
        <div className="library-head">
          <h1 className="brand">Copydesk</h1>
          <button type="button" className="primary" onClick={() => void workspace.create()}>
            New article
          </button>
          <ImportFlow client={client} onKept={(article) => workspace.imported(article)} />
        </div>
        <ArticleList library={library} withKeptEdits={withKeptEdits} selectedId={openId ?? damaged?.id ?? null} onOpen={workspace.openFromList} subscribeFocus={subscribeFocusSearch} />
        <button type="button" className="settings-button" onClick={() => setSettingsOpen(true)}>
          Publication settings…
        </button>
      </aside>
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
          <ArticleEditor key={session.id} client={client} session={session} checks={checks} onShowShortcuts={() => setShortcutsOpen(true)} />
        ) : (
          <div className="empty-state">
            <p>{total ? 'Choose an article on the left, or start a new one.' : 'No articles yet.'}</p>
            <button type="button" className="primary" onClick={() => void workspace.create()}>
              Start a new article
            </button>
          </div>
        )}
      </main>
      {withPreview && (
        <PreviewPane key={session.id} client={client} article={session.meta} draft={session.draft} settingsVersion={settingsVersion} onExport={() => void preview.exportHtml()} />
      )}
      {withChecks && <ChecksPanel checks={checks} onClose={() => setChecksOpen(false)} />}
      <HistoryDialogs history={history} client={client} session={session} />
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
      {settingsOpen && <SettingsDialog client={client} onClose={() => setSettingsOpen(false)} onSaved={() => setSettingsVersion((v) => v + 1)} />}
    </div>
  );
}
