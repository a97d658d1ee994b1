// The window: the article library on the left, the open article on the right.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../../shared/article/fields';
import { IpcError, type Client } from '../ipc/client';
import { ArticleList } from '../library/ArticleList';
import { summaryOf, useLibrary } from '../library/useLibrary';
import { ArticleEditor, type EditorHandle } from '../editor/ArticleEditor';
import { ShortcutsDialog } from '../editor/help/ShortcutsDialog';
import { ImportFlow } from '../import/ImportFlow';
import { PreviewPane } from '../preview/PreviewPane';
import { DraftSource } from '../preview/draft';
import { usePreviewCommands } from '../preview/usePreviewCommands';
import { SettingsDialog } from '../settings/SettingsDialog';
import { recoveryMessage } from '../../../shared/recovery/recovery';
import { rememberOpenArticle, type Recovery } from './recovery';
import { clearRescue } from '../editor/rescue/rescue-store';
import { DeleteArticleDialog } from './DeleteArticleDialog';
import type { SaveAck } from '../../../shared/ipc/contract';
import { DamagedArticle } from './DamagedArticle';
import { IntegrityNotice } from './IntegrityNotice';
import { useHistoryCommands } from '../history/useHistoryCommands';
import { versionOnLeaving } from '../history/close-version';
import { SpikedBanner, useSpike } from '../desk/useSpike';

export function App({ client, recovery = null }: { client: Client; recovery?: Recovery | null }) {
  // The list is paged (library/): nothing here holds or re-reads the whole library.
  const { library, withKeptEdits, refreshKeptMarks } = useLibrary(client);
  const total = useSyncExternalStore(library.subscribe, () => library.getSnapshot().total);
  const [open, setOpen] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [damaged, setDamaged] = useState<{ id: string; message: string } | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [deleting, setDeleting] = useState<{ busy: boolean } | null>(null);
  const [recoveryNotice, setRecoveryNotice] = useState(recovery ? recoveryMessage(recovery.reason) : null);
  const editor = useRef<EditorHandle | null>(null);
  const draft = useMemo(() => new DraftSource(), [open?.id]);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const flushEditor = useCallback(() => editor.current?.flush() ?? Promise.resolve(), []);
  const preview = usePreviewCommands({ client, articleId: open?.id ?? null, flush: flushEditor });
  const history = useHistoryCommands({ client, articleId: open?.id ?? null, editor });


  // Never leave an article with unsaved words: flush first, and if something
  // still could not be saved (a conflict, a failing save), stay on it and say why.
  // A draft nothing was written in ("New article", then elsewhere) is not kept:
  // main deletes it only if it is still blank at the revision this window saw.
  const openIdRef = useRef<string | null>(null);
  openIdRef.current = open?.id ?? null;
  const discardIfBlank = useCallback(
    async (current: EditorHandle) => {
      const blank = current.blankRevision();
      const id = openIdRef.current;
      if (blank === null || !id) return;
      const answer = await client.discardBlankArticle({ id, revision: blank }).catch(() => undefined);
      if (answer?.deleted) library.remove(id);
    },
    [client, library],
  );
  const leaveOpenArticle = useCallback(async (): Promise<boolean> => {
    const current = editor.current;
    if (!current) return true;
    await current.flush().catch(() => {});
    const unsaved = current.unsaved();
    if (unsaved) {
      setError(`${unsaved} The article stays open until its changes are saved, so nothing is lost.`);
      return false;
    }
    await discardIfBlank(current);
    await versionOnLeaving(client, openIdRef.current);
    return true;
  }, [client, discardIfBlank]);

  const openArticle = useCallback(
    async (id: string) => {
      try {
        if (id === openIdRef.current) return;
        if (!(await leaveOpenArticle())) return;
        // Opening reads the article only; the list is already there.
        setDamaged(null);
        setOpen(await client.getArticle({ id }));
        setError(null);
      } catch (e) {
        // One damaged article never blocks the rest: it is shown as damaged, with its words on offer.
        if (e instanceof IpcError && e.code === 'damaged') {
          setOpen(null);
          setError(null);
          setDamaged({ id, message: e.message });
          return;
        }
        setError((e as Error).message);
      }
    },
    [client, leaveOpenArticle],
  );

  const newArticle = useCallback(async () => {
    try {
      if (!(await leaveOpenArticle())) return;
      const article = await client.createArticle({});
      library.prepend(summaryOf(article));
      setOpen(article);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client, library, leaveOpenArticle]);

  useEffect(() => {
    void library.reload();
    refreshKeptMarks().catch((e: Error) => setError(e.message));
  }, [library, refreshKeptMarks]);

  const onOpenFromList = useCallback((id: string) => void openArticle(id), [openArticle]);
  // A save answers with the article's new list row: it changes in place, nothing is re-read.
  const onSaved = useCallback(
    (ack: SaveAck) => {
      library.updateRow(ack);
      void refreshKeptMarks().catch(() => undefined);
    },
    [library, refreshKeptMarks],
  );

  useEffect(() => rememberOpenArticle(open?.id ?? null), [open?.id]);
  // Main enables Export, Copy HTML and Delete only while there is an article for them to act on.
  const hasOpenArticle = open !== null;
  useEffect(() => {
    client.setArticleOpen({ open: hasOpenArticle }).catch(() => undefined);
  }, [client, hasOpenArticle]);
  // After a crash, back to the article that was open (as last saved).
  const recoveredArticle = recovery?.articleId ?? null;
  useEffect(() => {
    if (recoveredArticle) void openArticle(recoveredArticle);
  }, [recoveredArticle, openArticle]);

  useEffect(() => client.on('newArticle', () => void newArticle()), [client, newArticle]);
  useEffect(() => client.on('showShortcuts', () => setShortcutsOpen(true)), [client]);
  // The desk (desk/): File → Spike Article, Undo, Unspike; Delete permanently only from the Spiked view.
  const spiking = useSpike({
    client,
    library,
    leave: async () => {
      if (!(await leaveOpenArticle())) throw new Error('its changes are not saved yet');
      setOpen(null);
    },
    open: (id) => void openArticle(id),
    onError: setError,
  });
  useEffect(() => client.on('spikeArticle', () => void (openIdRef.current && spiking.spike(openIdRef.current))), [client, spiking.spike]);
  const subscribeFocusSearch = useCallback((listener: () => void) => client.on('focusSearch', listener), [client]);
  const spikedAt = open ? library.find(open.id)?.spikedAt : undefined;

  const deleteOpenArticle = useCallback(async () => {
    const id = openIdRef.current;
    if (!id) return;
    setDeleting({ busy: true });
    try {
      // Let any save in flight land first, then close the editor: no save can follow the delete.
      await editor.current?.flush().catch(() => undefined);
      setOpen(null);
      await client.deleteArticle({ id });
      clearRescue(id);
      library.remove(id);
      setError(null);
    } catch (e) {
      setError(`The article could not be deleted: ${(e as Error).message}`);
      // Whether it is still there is main's to say: read the list again.
      await library.reload();
    } finally {
      setDeleting(null);
      await refreshKeptMarks().catch(() => undefined);
    }
  }, [client, library, refreshKeptMarks]);
  useEffect(
    () =>
      client.on('flushBeforeQuit', () => {
        void (editor.current?.flush() ?? Promise.resolve())
          .catch(() => {}) // what is still unsaved is said below
          .then(async () => {
            // A draft nothing was written in is not left behind by quitting either.
            if (editor.current) await discardIfBlank(editor.current);
            if (editor.current && !editor.current.unsaved()) await versionOnLeaving(client, openIdRef.current);
          })
          .finally(() => {
            // Main asks the journalist before anything unsaved is thrown away.
            const unsaved = editor.current?.unsaved() ?? null;
            void client.readyToQuit(unsaved ? { unsaved: unsaved.slice(0, 500) } : {});
          });
      }),
    [client, discardIfBlank],
  );

  return (
    <div className={open && preview.previewOpen ? 'app with-preview' : 'app'}>
      <aside className="library" aria-label="Articles">
        <div className="library-head">
          <h1 className="brand">Copydesk</h1>
          <button type="button" className="primary" onClick={() => void newArticle()}>
            New article
          </button>
          <ImportFlow
            client={client}
            onKept={async (article) => {
              library.prepend(summaryOf(article));
              // The import is stored either way; it opens once the current article has nothing unsaved.
              if (await leaveOpenArticle()) setOpen(article);
            }}
          />
        </div>
        <ArticleList library={library} withKeptEdits={withKeptEdits} selectedId={open?.id ?? damaged?.id ?? null} onOpen={onOpenFromList} subscribeFocus={subscribeFocusSearch} />
        <button type="button" className="settings-button" onClick={() => setSettingsOpen(true)}>Publication settings…</button>
      </aside>
      <main className="workspace">
        <IntegrityNotice client={client} />
        {recoveryNotice && (
          <p role="alert" className="warning-banner">
            {recoveryNotice}{' '}
            <button type="button" className="link-button" onClick={() => setRecoveryNotice(null)}>Dismiss</button>
          </p>
        )}
        {spiking.toast}
        {open && spikedAt && (
          <SpikedBanner spikedAt={spikedAt} onUnspike={() => void spiking.unspike(open.id, false)} onDelete={() => setDeleting({ busy: false })} />
        )}
        {error && (
          <p role="alert" className="error-banner">
            {error}
          </p>
        )}
        {history.message && (
          <p role="status" className="notice-banner">
            {history.message}{' '}
            <button type="button" className="link-button" onClick={history.dismissMessage}>Dismiss</button>
          </p>
        )}
        {preview.message && (
          <p role={preview.message.kind === 'error' ? 'alert' : 'status'} className={preview.message.kind === 'error' ? 'error-banner' : 'notice-banner'}>
            {preview.message.text}{' '}
            <button type="button" className="link-button" onClick={preview.dismissMessage}>Dismiss</button>
          </p>
        )}
        {damaged && !open ? (
          <DamagedArticle
            key={damaged.id}
            message={damaged.message}
            onRecover={async () => {
              const recovered = await client.recoverArticleText({ id: damaged.id });
              setDamaged(null);
              setOpen(recovered);
              // The recovered text is a new article beside the damaged one.
              library.prepend(summaryOf(recovered));
            }}
          />
        ) : open ? (
          <ArticleEditor key={open.id} ref={editor} client={client} article={open} onSaved={onSaved}
            onShowShortcuts={() => setShortcutsOpen(true)}
            onSaveVersion={history.openSaveVersion}
            onDraftChange={(read) => draft.update(read)}
          />
        ) : (
          <div className="empty-state">
            <p>{total ? 'Choose an article on the left, or start a new one.' : 'No articles yet.'}</p>
            <button type="button" className="primary" onClick={() => void newArticle()}>
              Start a new article
            </button>
          </div>
        )}
      </main>
      {open && preview.previewOpen && (
        <PreviewPane key={open.id} client={client} article={open} draft={draft} settingsVersion={settingsVersion} onExport={() => void preview.exportHtml()} />
      )}
      {history.elements}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {deleting && open && (
        <DeleteArticleDialog
          headline={library.find(open.id)?.headline ?? open.headline}
          words={library.find(open.id)?.wordCount ?? 0}
          busy={deleting.busy}
          onDelete={() => void deleteOpenArticle()}
          onCancel={() => setDeleting(null)}
        />
      )}
      {settingsOpen && <SettingsDialog client={client} onClose={() => setSettingsOpen(false)} onSaved={() => setSettingsVersion((v) => v + 1)} />}
    </div>
  );
}
