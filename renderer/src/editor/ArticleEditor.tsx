// One open article: its fields, the body editor, toolbar, status bar. The
// article session (session/article-session.ts) owns autosave, conflicts, the
// rescue copy and leaving; this component lays the pieces out and wires them.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactElement } from 'react';
import type { EditorView } from 'prosemirror-view';
import { useEditorEffect } from '@handlewithcare/react-prosemirror';
import type { Client } from '../ipc/client';
import type { ArticleSession } from './session/article-session';
import type { HeaderField } from '../../../shared/article/header';
import { SaveStatus } from './status/SaveStatus';
import { TextStatsLabel } from './status/StatusBar';
import { ArticleFields } from './fields/ArticleFields';
import { MetadataRow } from './fields/MetadataRow';
import { LinkEditor } from './link/LinkEditor';
import { EditorTop } from './EditorTop';
import { nodeViewComponents } from './body/node-views';
import { EditorServicesProvider, type EditorServices } from './body/editor-services';
import { useBodyEditor } from './body/useBodyEditor';
import { BodyProseMirror } from './body/BodyProseMirror';
import { createAssetResolver } from './photo/asset-url';
import { selectionSyncPlugin } from './body/selection-sync';
import { hideFromReactSelectionTracking } from './body/react-selection';
import { PasteImportReview, usePasteImport } from './paste/usePasteImport';
import { useFindKeys } from './find/useFindKeys';
import type { ChecksController } from './checks/checks-controller';
import { SuggestionMenuHost } from './checks/SuggestionMenu';
import type { SectionTargetsStore } from './status/section-targets-store';
import { SectionTargets } from '../../../shared/article/section-targets';
import { isInField, returnToField } from './checks/field-flags';
import { ChecksContext } from './checks/checks-context';

const NO_SECTION_TARGETS = { targets: new SectionTargets() };
const noSubscription = () => () => undefined;
import { NoteCard } from './notes/NoteCard';
import { userSettingsOf } from '../settings/user-settings';

const BODY_ATTRIBUTES = { 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', class: 'body-editor', spellcheck: 'true' };
// The body's spelling is the copy checker's (offline, the newsroom's words): Chromium's would underline twice.
const BODY_ATTRIBUTES_CHECKED = { ...BODY_ATTRIBUTES, spellcheck: 'false' };

// View-level plugins: one stable list for the app's life (see selection-sync.ts).
const VIEW_PLUGINS = [selectionSyncPlugin()];

/** Hands the live view to code outside the ProseMirror tree, after each commit (never during render). */
function ViewCapture({ into }: { into: { current: EditorView | null } }) {
  useEditorEffect((view) => {
    into.current = view;
    hideFromReactSelectionTracking(view.dom);
  });
  return null;
}

/** Leaving the window (another app, the lid closing) saves now, not 750 ms later. */
function useFlushWhenWindowIsLeft(session: ArticleSession) {
  useEffect(() => {
    const flush = () => void session.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [session]);
}

export function ArticleEditor(props: { client: Client; session: ArticleSession; checks: ChecksController | null; sectionTargets?: SectionTargetsStore; onShowShortcuts(): void }) {
  const { client, session } = props;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { targets } = useSyncExternalStore(props.sectionTargets?.subscribe ?? noSubscription, props.sectionTargets?.getSnapshot ?? (() => NO_SECTION_TARGETS));
  const [linkEditorOpen, setLinkEditorOpen] = useState(false);
  const find = useFindKeys();
  const view = useRef<EditorView | null>(null);

  const services: EditorServices = useMemo(
    () => ({ client, assets: createAssetResolver(client), notify: (message) => session.setNotice(message) }),
    [client, session],
  );
  useEffect(() => () => services.assets.dispose(), [services]);
  useFlushWhenWindowIsLeft(session);
  // Your initials, for the notes made here (read once per window; a note made before they arrive takes the byline's).
  useEffect(() => void userSettingsOf(client).load(), [client]);

  // A whole story pasted as plain text into a blank article opens the import review (paste/usePasteImport.tsx).
  const pasteImport = usePasteImport({
    isArticleBlank: () => session.isBlank(),
    keep: (imported) => session.fill(imported),
    pastePlain: (text) => {
      view.current?.focus();
      view.current?.pasteText(text);
    },
  });
  const body = useBodyEditor({
    session,
    services,
    view,
    openLinkEditor: () => setLinkEditorOpen(true),
    showShortcuts: props.onShowShortcuts,
    offerImport: pasteImport.offer,
    checks: props.checks,
  });
  const { checks } = props;
  const { applyMeta } = body;
  useEffect(() => checks?.attachView(() => view.current, applyMeta), [checks, applyMeta]);

  // Stable for the article's life, so the memoized fields skip the re-render of every body keystroke.
  const changeField = useCallback((name: HeaderField, value: string) => session.changeField(name, value), [session]);
  const changeMetadata = useCallback<typeof session.changeMetadata>((name, value) => session.changeMetadata(name, value), [session]);
  const focusBody = useCallback(() => view.current?.focus(), []);

  // Made here, once per render of this component; BodyProseMirror puts the document in among them on every key (see there).
  const top = <EditorTop session={session} snapshot={snapshot} commands={body.commands} find={find.open} onCloseFind={find.close} onFocusBody={focusBody} />;
  const fields = (
    <>
      <MetadataRow client={client} values={snapshot.metadata} sectionDefault={targets.defaultFor(snapshot.metadata.section)?.targetWords ?? null} onChange={changeMetadata} />
      <ArticleFields values={snapshot.header} onChange={changeField} onEnterBody={focusBody} checks={checks} />
    </>
  );
  const after = (
    <>
      {linkEditorOpen && <LinkEditor onClose={() => setLinkEditorOpen(false)} />}
      <PasteImportReview paste={pasteImport} />
      {checks && <SuggestionMenuHost checks={checks} onDone={(flag) => (isInField(flag) ? returnToField(flag) : focusBody())} />}
    </>
  );
  const target = targets.applied(snapshot.metadata.targetWords, snapshot.metadata.section);
  // Made once per render here, like the others: its counts settle when typing pauses (status/settled-stats.ts), so a key need not re-render it.
  const statsLabel = <TextStatsLabel target={target} />;
  const noteCard = <NoteCard commands={body.commands} />;
  const saveStatus = <SaveStatus state={snapshot.save} />;
  const capture = <ViewCapture into={view} />;
  const onBlur = () => void session.flush();
  const onKeyDown = (e: KeyboardEvent) => find.onKeyDown(e);
  const onPaste = pasteImport.onFieldPaste;
  const frame = (doc: ReactElement) => (
    <>
      {capture}
      <div className="editor-shell" onBlur={onBlur} onKeyDown={onKeyDown}>
        {top}
        {/* The text scrolls here, under the toolbar and find bar rather than behind them. */}
        <div className="editor-scroll">
          <article className="editor" onPaste={onPaste}>
            {fields}
            <div className="body-frame">{doc}</div>
            {after}
          </article>
        </div>
        <footer className="status-bar" aria-label="Article status">
          {statsLabel}
          {noteCard}
          {saveStatus}
        </footer>
      </div>
    </>
  );

  return (
    <EditorServicesProvider value={services}>
      <ChecksContext.Provider value={checks}>
        <BodyProseMirror
          initial={body.initialState}
          setState={body.setState}
          dispatchTransaction={body.dispatchTransaction}
          nodeViewComponents={nodeViewComponents}
          plugins={VIEW_PLUGINS}
          attributes={checks ? BODY_ATTRIBUTES_CHECKED : BODY_ATTRIBUTES}
          frame={frame}
        />
      </ChecksContext.Provider>
    </EditorServicesProvider>
  );
}
