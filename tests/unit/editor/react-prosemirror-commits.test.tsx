// @vitest-environment happy-dom
// A keystroke is one React commit in the patched react-prosemirror
// (patches/@handlewithcare+react-prosemirror+3.2.7.patch): DocNodeView used to
// hand its element to ProseMirrorInner as null and back after every commit,
// and ProseMirrorDoc re-rendered on the store notice of the commit it had just
// rendered in — each a second commit per key, to arrive at the same tree.
// Counted with React's Profiler (commits, not time). And the notice still
// reaches a ProseMirrorDoc element the app did not make anew: the document
// on screen follows the state either way.
import { act, Profiler, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProseMirror, ProseMirrorDoc, reactKeys, useEditorEffect } from '@handlewithcare/react-prosemirror';
import { EditorState, type Transaction } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { schema } from '../../../shared/article/schema';
import { doc, p } from '../../support/docs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let view: EditorView | null;
let state: EditorState;
let commits: number;

function CaptureView() {
  useEditorEffect((v) => void (view = v));
  return null;
}
// One element for good, as the app's ViewCapture: made anew, its editor effect
// would be registered again after every render, and that is a commit of its own.
const capture = <CaptureView />;

/** `docElement`: the ProseMirrorDoc element to render, or null for a new one each time (as the app does). */
function render(docElement: ReactElement | null) {
  root.render(
    <Profiler id="editor" onRender={() => void commits++}>
      <ProseMirror state={state} dispatchTransaction={(tr: Transaction) => ((state = state.apply(tr)), render(docElement))}>
        {docElement ?? <ProseMirrorDoc />}
        {capture}
      </ProseMirror>
    </Profiler>,
  );
}

function mount(docElement: ReactElement | null) {
  state = EditorState.create({ doc: Node.fromJSON(schema, doc(p('One.'), p('Two.'), p('Three.'))), plugins: [reactKeys()] });
  act(() => render(docElement));
  expect(view).not.toBeNull();
}

function type(text: string, pos: number) {
  commits = 0;
  act(() => view!.dispatch(view!.state.tr.insertText(text, pos)));
}

const shown = () => [...container.querySelectorAll('.ProseMirror > p')].map((el) => el.textContent);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  view = null;
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('a transaction in the patched react-prosemirror', () => {
  it('is one React commit when the app makes a new ProseMirrorDoc with each state', () => {
    mount(null);
    type('x', 2);
    expect(commits).toBe(1);
    type('y', 12);
    expect(commits).toBe(1);
    expect(shown()).toEqual(['Oxne.', 'Two.y', 'Three.']);
  });

  it('still reaches a ProseMirrorDoc element that was not made anew', () => {
    mount(<ProseMirrorDoc />);
    type('x', 2);
    type('y', 12);
    expect(shown()).toEqual(['Oxne.', 'Two.y', 'Three.']);
    expect(view!.state.doc.textContent).toBe('Oxne.Two.yThree.');
  });

  it('keeps the view on its element through re-renders, and lets go of it on unmount', () => {
    mount(null);
    const dom = view!.dom;
    type('x', 2);
    act(() => render(null));
    expect(view!.dom).toBe(dom);
    expect(dom.isConnected).toBe(true);
    const mounted = view!;
    act(() => root.unmount());
    expect(mounted.isDestroyed).toBe(true);
    root = createRoot(container);
  });
});
