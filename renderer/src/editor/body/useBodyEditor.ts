// The body editor's one EditorState, kept in React state as react-prosemirror
// wants it (moving it outside React broke the caret: the document re-rendered
// after the selection was set), in BodyProseMirror, a component of its own, so a
// keystroke does not re-render the whole article editor. This hook makes the
// first state and reaches that component's setter through `setState`. Every new state's document is told
// to the session, which owns what happens with an edit; the session reaches
// back into the editor through the BodyPort attached here.
import { useCallback, useEffect, useRef, useState, type RefObject, type SetStateAction } from 'react';
import { EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ArticleSession } from '../session/article-session';
import { bodyCommands } from '../commands/body-commands';
import { bodyPlugins, createBodyState } from './create-state';
import type { EditorServices } from './editor-services';
import { pastePlugin } from '../paste/paste-plugin';
import { picturesLeftOutNotice } from '../paste/pictures-left-out';
import { photoInputPlugins } from '../photo/photo-input';
import { pickAndInsertPhoto } from '../photo/pick-photo';
import { isBlankHeader } from '../../../../shared/article/blank';
import { useEventCallback } from '../../hooks/use-event-callback';
import { checksPlugin } from '../checks/checks-plugin';
import { noteAuthor } from '../../../../shared/settings/user';
import { userSettingsOf } from '../../settings/user-settings';
import type { ChecksController } from '../checks/checks-controller';
import { changesContent } from '../checks/check-action-step';
import type { SetBodyState } from './BodyProseMirror';

export interface BodyEditorOptions {
  session: ArticleSession;
  services: EditorServices;
  /** Filled in by the view once it exists (ViewCapture). */
  view: RefObject<EditorView | null>;
  openLinkEditor(): void;
  showShortcuts(): void;
  /** A whole story pasted into the blank article: the import review instead of the paste. */
  offerImport(text: string): void;
  /** The article's copy checks (null until they start): told of every body edit. */
  checks: ChecksController | null;
}

export function useBodyEditor(options: BodyEditorOptions) {
  const { session, services, view } = options;
  const openLinkEditor = useEventCallback(options.openLinkEditor);
  const showShortcuts = useEventCallback(options.showShortcuts);
  const offerImport = useEventCallback(options.offerImport);
  const checks = useRef(options.checks);
  checks.current = options.checks;
  const openCheckMenu = useCallback((v: EditorView, pos: number, focus = true) => checks.current?.openMenuAt(v, pos, focus) ?? false, []);
  // Created once per article: the keymap inside the state holds these commands.
  const [commands] = useState(() =>
    bodyCommands({
      openLinkEditor,
      showShortcuts,
      insertPhoto: (v) => void pickAndInsertPhoto(services, v),
      openCheckMenu,
      noteAttrs: () => ({ author: noteAuthor(userSettingsOf(services.client).current, session.getSnapshot().header.byline), at: new Date().toISOString() }),
      // Main keeps a version of the article as stored, if its newest lacks it, before the note's words go (never in the way).
      beforeResolvingNote: () => void services.client.closeArticle({ id: session.id }).catch(() => undefined),
    }),
  );
  // BodyProseMirror's setter, given to it while it renders (before the view exists).
  const setState = useRef<SetBodyState | null>(null);
  const setEditorState = useCallback((update: SetStateAction<EditorState>) => setState.current?.(update), []);
  const [initialState] = useState(() =>
    createBodyState(
      session.doc,
      bodyPlugins({
        commands,
        extra: [
          pastePlugin({
            fieldsEmpty: () => isBlankHeader(session.getSnapshot().header),
            offerImport,
            picturesLeftOut: (count) => session.setNotice(picturesLeftOutNotice(count)),
          }),
          ...photoInputPlugins(services),
          checksPlugin({ openAt: openCheckMenu, closeMenu: () => checks.current?.closeShownMenu() ?? false }),
        ],
      }),
    ),
  );

  const dispatchTransaction = useCallback(
    (tr: Transaction) => {
      setEditorState((state) => {
        const next = state.apply(tr);
        session.setDoc(next.doc);
        return next;
      });
      // A check action's step (Ignore, Mark correct…, replayed by undo or redo) changes no word: nothing to save.
      const content = changesContent(tr);
      if (content) {
        session.bodyEdited();
        checks.current?.bodyChanged(tr);
      }
      if (tr.docChanged) checks.current?.replayed(tr);
      if (!content && tr.selectionSet) checks.current?.caretMoved(tr);
    },
    [session, setEditorState],
  );

  const applyMeta = useCallback(
    (make: (state: EditorState) => Transaction | null) =>
      setEditorState((state) => {
        const tr = make(state);
        return tr ? state.apply(tr) : state;
      }),
    [setEditorState],
  );

  useEffect(() => {
    session.attachBody({
      replace: (doc, { undoable }) => {
        const v = view.current;
        if (!v) return;
        const tr = v.state.tr.replaceWith(0, v.state.doc.content.size, doc.content);
        // An import filling the blank article is not undoable on its own: Undo would empty the body and leave the headline behind.
        v.dispatch(undoable ? tr : tr.setMeta('addToHistory', false).scrollIntoView());
      },
      reset: (doc) =>
        setEditorState((state) => {
          const next = EditorState.create({ doc, plugins: state.plugins });
          session.setDoc(next.doc);
          return next;
        }),
      focus: () => view.current?.focus(),
    });
    return () => session.attachBody(null);
  }, [session, view, setEditorState]);

  return { initialState, setState, dispatchTransaction, commands, applyMeta };
}
