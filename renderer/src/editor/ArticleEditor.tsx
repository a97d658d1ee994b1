// One open article: its fields, the body editor, toolbar, status bar and
// autosave. The pieces live in the folders beside this file; this component
// only wires them together.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { ProseMirror, ProseMirrorDoc, useEditorEffect } from '@handlewithcare/react-prosemirror';
import type { Article } from '../../../shared/article/fields';
import type { SaveAck } from '../../../shared/ipc/contract';
import { IpcError, type Client } from '../ipc/client';
import { SaveQueue, type SaveState } from './save-queue';
import { BodyText } from './save/body-text';
import { SaveStatus } from './status/SaveStatus';
import { TextStatsLabel } from './status/StatusBar';
import { ArticleFields, type FieldValues as TextFieldValues } from './fields/ArticleFields';
import { MetadataRow, type MetadataValues } from './fields/MetadataRow';
import { Toolbar } from './toolbar/Toolbar';
import { LinkEditor } from './link/LinkEditor';
import { ConflictBar } from './conflict/ConflictBar';
import { useRescue } from './rescue/useRescue';
import type { RescueDraft } from './rescue/rescue-store';
import { bodyFromJSON } from '../../../shared/article/body';
import { bodyPlugins, createBodyState } from './body/create-state';
import { nodeViewComponents } from './body/node-views';
import { EditorServicesProvider, type EditorServices } from './body/editor-services';
import { createAssetResolver } from './photo/asset-url';
import { photoInputPlugins } from './photo/photo-input';
import { picturesLeftOutNotice } from './paste/pictures-left-out';
import { FindBar } from './find/FindBar';
import { pastePlugin } from './paste/paste-plugin';
import { pickAndInsertPhoto } from './photo/pick-photo';
import { selectionSyncPlugin } from './body/selection-sync';
import { hideFromReactSelectionTracking } from './body/react-selection';
import { usePasteImport } from '../import/usePasteImport';
import { articleIsEmpty, fieldsAreEmpty, fillEmptyArticle } from '../import/fill-article';
import { versionActions, type VersionActions } from '../history/version-actions';

// View-level plugins: one stable list for the app's life (see selection-sync.ts).
const VIEW_PLUGINS = [selectionSyncPlugin()];

export interface EditorHandle extends VersionActions {
  flush(): Promise<void>;
  /** After a flush: why some changes are still not stored, or null when everything is. */
  unsaved(): string | null;
  /** The stored revision when nothing was ever written in this article (a draft to discard on leaving), else null. */
  blankRevision(): number | null;
}

/** Said to the journalist (by main's quit dialog) when a quit would lose words. */
function unsavedReason(queue: SaveQueue): string | null {
  if (!queue.hasUnsaved()) return null;
  const state = queue.currentState;
  if (state.kind === 'conflict') return 'This article was changed somewhere else since you opened it, and your version is not saved.';
  if (state.kind === 'retrying') return `Saving failed: ${state.reason}`;
  return 'Some changes were still being saved.';
}

/** Every field the editor holds besides the body: the text fields and the metadata row's. */
type FieldValues = TextFieldValues & MetadataValues;
type FieldName = keyof FieldValues;

function fieldsOf(article: Article): FieldValues {
  const { headline, standfirst, byline, dateline, status, section, tags } = article;
  return { headline, standfirst, byline, dateline, status, section, tags };
}

/** Hands the live view to code outside the ProseMirror tree, after each commit (never during render). */
function ViewCapture({ into }: { into: { current: EditorView | null } }) {
  useEditorEffect((view) => {
    into.current = view;
    hideFromReactSelectionTracking(view.dom);
  });
  return null;
}

export function ArticleEditor(props: {
  client: Client;
  article: Article;
  onSaved(ack: SaveAck): void;
  onShowShortcuts(): void;
  /** Mod-S: History's Save Version (the editor saves at once as well). */
  onSaveVersion?(): void;
  /** Told on every edit (and once on opening); reads the unsaved fields and the body document lazily (the live preview). */
  onDraftChange?(read: () => FieldValues & { doc: ProseMirrorNode }): void;
  ref?: Ref<EditorHandle>;
}) {
  const { client, article } = props;
  const [fields, setFields] = useState<FieldValues>(() => fieldsOf(article));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: article.updatedAt });
  const [linkEditorOpen, setLinkEditorOpen] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [find, setFind] = useState<{ field: 'find' | 'replace'; seq: number } | null>(null);
  // Mod-F / Mod-H from anywhere in the editor (the body or a field): the app has no browser find bar.
  const onFindKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey !== e.metaKey && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
    const key = e.key.toLowerCase();
    if (!mod || (key !== 'f' && key !== 'h')) return;
    e.preventDefault();
    setFind((current) => ({ field: key === 'h' ? 'replace' : 'find', seq: (current?.seq ?? 0) + 1 }));
  };
  const view = useRef<EditorView | null>(null);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const propsRef = useRef(props);
  propsRef.current = props;

  // Words a failing save could not store are also kept outside the database, until a save does.
  const rescue = useRescue({
    article,
    read: () => ({ baseRevision: queue.currentRevision, fields: fieldsRef.current, body: bodyObject() }),
    restore: (draft, revision) => restoreRescued(draft, revision),
    currentRevision: () => queue.currentRevision,
    notify: setNotice,
    done: () => view.current?.focus(),
  });

  const queue = useMemo(
    () =>
      new SaveQueue({
        id: article.id,
        revision: article.revision,
        save: (request) => client.saveArticle(request),
        onState: (state) => {
          setSaveState(state);
          rescue.keeper.onState(state);
        },
        onSaved: (ack) => propsRef.current.onSaved(ack),
        isConflict: (error) => error instanceof IpcError && error.code === 'conflict',
      }),
    [client, article.id, article.revision],
  );

  const services: EditorServices = useMemo(
    () => ({ client, assets: createAssetResolver(client), notify: setNotice }),
    [client],
  );
  useEffect(() => () => services.assets.dispose(), [services]);

  // A whole story pasted as plain text into an empty article opens the import review (import/usePasteImport.tsx).
  const pasteImport = usePasteImport({
    isArticleEmpty: () => articleIsEmpty(view.current, fieldsRef.current),
    keep: async (imported) => {
      fillEmptyArticle(view.current, imported, fieldsRef.current, changeField);
      await queue.flush();
    },
    pastePlain: (text) => {
      view.current?.focus();
      view.current?.pasteText(text);
    },
  });

  const [editorState, setEditorState] = useState<EditorState>(() => {
    const plugins = bodyPlugins({
      keys: {
        openLinkEditor: () => {
          setLinkEditorOpen(true);
          return true;
        },
        saveNow: () => {
          void queue.flush();
          propsRef.current.onSaveVersion?.();
          return true;
        },
        showShortcuts: () => {
          propsRef.current.onShowShortcuts();
          return true;
        },
      },
      extra: [
        pastePlugin({
          fieldsEmpty: () => fieldsAreEmpty(fieldsRef.current),
          offerImport: pasteImport.offer,
          picturesLeftOut: (count) => setNotice(picturesLeftOutNotice(count)),
        }),
        ...photoInputPlugins(services),
      ],
    });
    return createBodyState(article.body, plugins);
  });
  // The latest doc, serialized only when a save actually goes out: as text, from per-block pieces (save/body-text.ts).
  const latestDoc = useRef(editorState.doc);
  const bodyText = useMemo(() => new BodyText(), []);
  const bodyThunk = useCallback(() => bodyText.of(latestDoc.current), [bodyText]);
  // The rescue copy keeps the body as an object (read back and checked as one).
  const bodyObject = useCallback(() => latestDoc.current.toJSON() as Article['body'], []);

  useImperativeHandle(
    props.ref,
    () => ({
      flush: () => queue.flush(),
      unsaved: () => {
        const reason = unsavedReason(queue);
        if (!reason || !rescue.keeper.keepPending()) return reason;
        return `${reason} A copy is kept on this computer and offered when the article is next opened.`;
      },
      blankRevision: () => (!queue.hasUnsaved() && articleIsEmpty(view.current, fieldsRef.current) ? queue.currentRevision : null),
      ...versionActions({
        client,
        articleId: article.id,
        queue,
        view: () => view.current,
        fields: () => fieldsRef.current,
        changeField,
        unsaved: () => unsavedReason(queue),
      }),
    }),
    [queue],
  );
  // The preview starts from the editor's own document, so its first update after an edit sends one block, not all.
  useEffect(() => propsRef.current.onDraftChange?.(() => ({ ...fieldsRef.current, doc: latestDoc.current })), []);
  // Leaving the window (another app, the lid closing) saves now, not 750 ms later.
  useEffect(() => {
    const flush = () => void queue.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [queue]);
  useEffect(
    () => () => {
      void queue.flush().finally(() => queue.dispose());
    },
    [queue],
  );

  function dispatchTransaction(tr: Transaction) {
    setEditorState((state) => {
      const next = state.apply(tr);
      latestDoc.current = next.doc;
      return next;
    });
    if (!tr.docChanged) return;
    queue.change({ body: bodyThunk });
    rescue.keeper.changed();
    propsRef.current.onDraftChange?.(() => ({ ...fieldsRef.current, doc: latestDoc.current }));
  }

  // Stable for the article's life, so the memoized fields skip the re-render of every body keystroke.
  const changeField = useCallback(
    <N extends FieldName>(name: N, value: FieldValues[N]) => {
      setFields((f) => ({ ...f, [name]: value }));
      queue.change({ [name]: value });
      rescue.keeper.changed();
      propsRef.current.onDraftChange?.(() => ({ ...fieldsRef.current, [name]: value, doc: latestDoc.current }));
    },
    [queue, rescue.keeper],
  );
  const focusBody = useCallback(() => view.current?.focus(), []);

  /** The words kept by an earlier session, back in the editor (one undo step in the body) and saved onto `revision`. */
  function restoreRescued(draft: RescueDraft, revision: number) {
    const body = view.current;
    if (body) body.dispatch(body.state.tr.replaceWith(0, body.state.doc.content.size, bodyFromJSON(draft.body).content));
    for (const [name, value] of Object.entries(draft.fields) as [FieldName, FieldValues[FieldName]][]) {
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(fieldsRef.current[name])) changeField(name, value);
    }
    queue.saveOnto(revision);
  }

  async function keepMine() {
    setResolving(true);
    try {
      const stored = await client.getArticle({ id: article.id });
      queue.change({ ...fieldsRef.current, body: bodyThunk });
      queue.saveOnto(stored.revision);
    } catch (e) {
      setNotice((e as Error).message);
    } finally {
      setResolving(false);
    }
  }

  async function takeStored() {
    setResolving(true);
    try {
      const stored = await client.getArticle({ id: article.id });
      queue.discardPending(stored.revision);
      setFields(fieldsOf(stored));
      setEditorState((state) => {
        const next = createBodyState(stored.body, state.plugins);
        latestDoc.current = next.doc;
        return next;
      });
      propsRef.current.onDraftChange?.(() => ({ ...fieldsOf(stored), doc: latestDoc.current }));
    } catch (e) {
      setNotice((e as Error).message);
    } finally {
      setResolving(false);
    }
  }

  return (
    <EditorServicesProvider value={services}>
      <ProseMirror
        state={editorState}
        dispatchTransaction={dispatchTransaction}
        nodeViewComponents={nodeViewComponents}
        plugins={VIEW_PLUGINS}
        attributes={{ 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', class: 'body-editor' }}
      >
        <ViewCapture into={view} />
        <div className="editor-shell" onBlur={() => void queue.flush()} onKeyDown={onFindKey}>
          {/* Toolbar, conflict choice and notices stay in view however far down the writer is. */}
          <div className="editor-top">
            <Toolbar
              actions={{
                openLinkEditor: () => setLinkEditorOpen(true),
                insertPhoto: () => void pickAndInsertPhoto(services, view.current),
                showShortcuts: props.onShowShortcuts,
              }}
            />
            {find && <FindBar focus={find} onClose={() => setFind(null)} />}
            {saveState.kind === 'conflict' && (
              <ConflictBar
                reason={saveState.reason}
                busy={resolving}
                onKeepMine={() => void keepMine()}
                onTakeStored={() => void takeStored()}
              />
            )}
            {rescue.bar}
            {notice && (
              <p className="editor-notice" role="alert">
                {notice}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setNotice(null);
                    // The button goes away with the notice: put the writer back in the text.
                    view.current?.focus();
                  }}
                >
                  Dismiss
                </button>
              </p>
            )}
          </div>
          <article className="editor" onPaste={pasteImport.onFieldPaste}>
            <MetadataRow client={client} values={fields} onChange={changeField} />
            <ArticleFields values={fields} onChange={changeField} onEnterBody={focusBody} />
            <div className="body-frame">
              <ProseMirrorDoc />
            </div>
            {linkEditorOpen && <LinkEditor onClose={() => setLinkEditorOpen(false)} />}
            {pasteImport.panel}
          </article>
          <footer className="status-bar" aria-label="Article status">
            <TextStatsLabel />
            <SaveStatus state={saveState} />
          </footer>
        </div>
      </ProseMirror>
    </EditorServicesProvider>
  );
}
