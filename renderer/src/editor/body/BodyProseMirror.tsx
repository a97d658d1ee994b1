// The body's EditorState lives in React state here, in a component of its own,
// so that a keystroke re-renders this and react-prosemirror's tree only — not
// ArticleEditor and its hooks, fields, metadata row, toolbar shell, status bar
// and menus, which React would otherwise walk on every key.
//
// The document must still re-render in the same pass as ProseMirror:
// react-prosemirror puts the DOM selection in place in that pass's layout
// effects, and text rendered a pass later leaves the caret in the old text (a
// selection transaction after every key, and a misplaced caret). So the editor
// is laid out here, by `frame`, around a new document element each time; the
// pieces around it are elements made by ArticleEditor's last render, which
// React skips as they are unchanged, unless they read the editor state
// themselves (useEditorState / useEditorStateSelector: the toolbar, the status
// bar's counts, the note card re-render just after, when react-prosemirror's
// stores notify them). A context read by the document would not do: React
// would then search every node view's subtree for its readers on every key.
import { useMemo, useState, type ComponentProps, type Dispatch, type ReactElement, type ReactNode, type RefObject, type SetStateAction } from 'react';
import type { EditorState } from 'prosemirror-state';
import { ProseMirror, ProseMirrorDoc } from '@handlewithcare/react-prosemirror';

export type SetBodyState = Dispatch<SetStateAction<EditorState>>;

type ProseMirrorProps = ComponentProps<typeof ProseMirror>;

export function BodyProseMirror({
  initial,
  setState: slot,
  frame,
  ...props
}: Omit<ProseMirrorProps, 'state' | 'defaultState' | 'children'> & {
  initial: EditorState;
  /** Given this component's state setter: the body's dispatch, its resets and the checks' actions go through it. */
  setState: RefObject<SetBodyState | null>;
  /** The editor around the document: elements made once per ArticleEditor render, with `doc` in its place. */
  frame(doc: ReactElement): ReactNode;
}) {
  const [state, setState] = useState(initial);
  // Set while rendering, not in an effect: the view (and its plugins' views,
  // which may dispatch) is created in a layout effect below, before this
  // component's own effects would run. The setter never changes identity.
  slot.current = setState;
  // A new document element with each state only: when ArticleEditor re-renders
  // (the save state changed), the 5,000 node views of a long article are not walked again.
  const doc = useMemo(() => (state ? <ProseMirrorDoc /> : null), [state])!;
  return (
    <ProseMirror {...props} state={state}>
      {frame(doc)}
    </ProseMirror>
  );
}
