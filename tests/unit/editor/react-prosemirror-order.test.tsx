// @vitest-environment happy-dom
// The patched react-prosemirror skips a node view's fallback sort of its
// child view descriptions when ChildNodeViews saw its children's keys keep
// their order (patches/@handlewithcare+react-prosemirror+3.2.7.patch,
// `noteChildOrder` / `takeChildOrderKept` in viewdesc.js). If that were claimed
// when it is not true, ProseMirror's view-description tree would disagree with
// the document — and every position it maps from the DOM (clicks, typing,
// selection) would be wrong. So a real editor is rendered with React, edited
// with the changes that move, join, split, insert, delete and reorder blocks
// (reorderSiblings keeps keys and re-renders no block: the case the fallback
// exists for), and after each commit every view description is checked to be
// in document order and to describe the node that is there.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProseMirror, ProseMirrorDoc, reactKeys, reorderSiblings, useEditorEffect } from '@handlewithcare/react-prosemirror';
import { EditorState, type Command, type Transaction } from 'prosemirror-state';
import { canJoin } from 'prosemirror-transform';
import { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { schema } from '../../../shared/article/schema';
import { doc, em, li, p, quote, strong, ul } from '../../support/docs';
// @ts-expect-error the library's own file, the one the bundle uses (its .d.ts knows nothing of the patch)
import * as viewdescFile from '../../../node_modules/@handlewithcare/react-prosemirror/dist/esm/viewdesc.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { keysKeptOrder } = viewdescFile as { keysKeptOrder(prev: { key: string }[], next: { key: string }[], indexOf: Map<string, number>): boolean };

/** The parts of a view description this test reads (prosemirror-view's ViewDesc, react-prosemirror's subclasses). */
interface Desc {
  node: Node | null;
  children: Desc[];
  posBefore: number;
  dom: globalThis.Node;
  getPos?: () => number;
  constructor: { name: string };
}

/**
 * Every problem with the view-description tree under `desc` (which describes
 * `node`, whose content starts at `start`): children out of document order, a
 * node child that is not the document's node at its position, document children
 * with no description. Mark descriptions are looked through (their children are
 * the node's children).
 */
function problems(desc: Desc, node: Node, start: number, where = 'doc'): string[] {
  const found: string[] = [];
  const nodeChildren: Desc[] = [];
  const collect = (parent: Desc) => {
    let last = -Infinity;
    for (const child of parent.children) {
      if (child.constructor.name === 'TrailingHackViewDesc') continue;
      const pos = child.getPos ? child.getPos() : child.posBefore;
      if (pos < last) found.push(`${where}: a child at ${pos} after one at ${last}`);
      last = pos;
      if (child.node) nodeChildren.push(child);
      else if (child.constructor.name.includes('Mark')) collect(child);
    }
  };
  collect(desc);
  const expected: { node: Node; pos: number }[] = [];
  node.forEach((child, offset) => void expected.push({ node: child, pos: start + offset }));
  if (nodeChildren.length !== expected.length) found.push(`${where}: ${nodeChildren.length} node descriptions for ${expected.length} children`);
  nodeChildren.forEach((child, i) => {
    const want = expected[i];
    if (!want) return;
    const at = `${where} > ${i}`;
    if (!child.node!.eq(want.node)) found.push(`${at}: describes ${JSON.stringify(child.node!.textContent)}, the document has ${JSON.stringify(want.node.textContent)}`);
    else if (!want.node.isText && !want.node.isLeaf) found.push(...problems(child, want.node, want.pos + 1, at));
  });
  return found;
}

let container: HTMLDivElement;
let root: Root;
let view: EditorView | null;
let state: EditorState;

/** Hands the test the editor's view once it exists. */
function CaptureView() {
  useEditorEffect((v) => void (view = v));
  return null;
}

function update(next: EditorState) {
  state = next;
  root.render(
    <ProseMirror state={state} dispatchTransaction={(tr: Transaction) => update(state.apply(tr))}>
      <ProseMirrorDoc />
      <CaptureView />
    </ProseMirror>,
  );
}

function mount(body: ReturnType<typeof doc>) {
  act(() => update(EditorState.create({ doc: Node.fromJSON(schema, body), plugins: [reactKeys()] })));
  expect(view).not.toBeNull();
}

/** Runs a command through the editor; its dispatch renders React inside act. */
function run(command: Command) {
  act(() => void command(view!.state, view!.dispatch));
}

function treeProblems(): string[] {
  const docView = (view as unknown as { docView: Desc }).docView;
  return problems(docView, view!.state.doc, 0);
}

beforeEach(() => {
  // reactKeys makes its keys with Math.random, and which block starts a run of
  // ChildNodeViews depends on its key's hash (a block moved across runs is
  // remounted, which hides an order bug): the same keys on every run.
  vi.spyOn(Math, 'random').mockImplementation(random(42));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  view = null;
});
afterEach(() => {
  vi.restoreAllMocks();
  act(() => root.unmount());
  container.remove();
});

const paragraphs = (n: number) => doc(...Array.from({ length: n }, (_, i) => p(`Paragraph ${i} `, strong(`bold ${i}`), ' end.')));

describe('keysKeptOrder', () => {
  const list = (keys: string) => [...keys].map((key) => ({ key }));
  const index = (keys: string) => new Map([...keys].map((key, i) => [key, i]));
  const kept = (before: string, after: string) => keysKeptOrder(list(before), list(after), index(after));
  it('holds for the same keys, insertions and removals', () => {
    expect(kept('abcde', 'abcde')).toBe(true);
    expect(kept('abcde', 'abxcde')).toBe(true);
    expect(kept('abcde', 'xabcdey')).toBe(true);
    expect(kept('abcde', 'acde')).toBe(true);
    expect(kept('abcde', 'bxyd')).toBe(true);
    expect(kept('', 'ab')).toBe(true);
  });
  it('fails when two kept keys swap, or one moves', () => {
    expect(kept('abcde', 'abdce')).toBe(false);
    expect(kept('abcde', 'bcdea')).toBe(false);
    expect(kept('abcde', 'eabcd')).toBe(false);
    expect(kept('abcde', 'axdbe')).toBe(false);
  });
});

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

/** Positions of the textblocks' content (where text can go), and of every block with its parent's start. */
function places(d: Node) {
  const text: number[] = [];
  const blocks: { pos: number; node: Node }[] = [];
  d.descendants((node, pos) => {
    if (node.isTextblock) text.push(pos + 1 + Math.floor(node.content.size / 2));
    if (node.isBlock) blocks.push({ pos, node });
    return !node.isTextblock;
  });
  return { text, blocks };
}

/** A random permutation of 0..n-1 that is not the identity (n ≥ 2). */
function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  while (order.every((v, i) => v === i)) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  return order;
}

type Edit = { name: string; command: Command };

/** One random edit of the kinds that move, join, split, add, remove or reorder blocks. */
function randomEdit(s: EditorState, rand: () => number): Edit | null {
  const { text, blocks } = places(s.doc);
  const pick = <T,>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const tr = s.tr;
  const kind = rand();
  let name: string;
  try {
    if (kind < 0.2) {
      // reorderSiblings: keys follow their nodes, no block re-renders
      const parents = blocks.filter((b) => b.node.childCount >= 2 && !b.node.isTextblock && b.node.type.name !== 'blockquote');
      const target = parents.length && rand() < 0.5 ? pick(parents) : null;
      const parent = target ? target.node : s.doc;
      if (parent.childCount < 2) return null;
      const order = shuffled(parent.childCount, rand);
      return { name: `reorder ${order.join(',')} at ${target ? target.pos + 1 : 0}`, command: reorderSiblings(target ? target.pos + 1 : 0, order) };
    }
    if (kind < 0.35) {
      // move a top-level block elsewhere (delete and insert in one transaction)
      if (s.doc.childCount < 2) return null;
      const from = Math.floor(rand() * s.doc.childCount);
      let start = 0;
      for (let i = 0; i < from; i++) start += s.doc.child(i).nodeSize;
      const moved = s.doc.child(from);
      tr.delete(start, start + moved.nodeSize);
      const to = Math.floor(rand() * tr.doc.childCount + 1);
      let at = 0;
      for (let i = 0; i < to; i++) at += tr.doc.child(i).nodeSize;
      tr.insert(at, moved);
      name = `move block ${from} to ${to}`;
    } else if (kind < 0.5) {
      const pos = pick(text);
      tr.split(pos);
      name = `split at ${pos}`;
    } else if (kind < 0.65) {
      const joinable = blocks.map((b) => b.pos).filter((pos) => pos > 0 && canJoin(s.doc, pos));
      if (!joinable.length) return null;
      const pos = pick(joinable);
      tr.join(pos);
      name = `join at ${pos}`;
    } else if (kind < 0.75) {
      const pos = pick(text);
      tr.insertText('typed ', pos);
      name = `type at ${pos}`;
    } else if (kind < 0.85) {
      const a = pick(text);
      const b = pick(text);
      tr.delete(Math.min(a, b), Math.max(a, b));
      name = `delete ${Math.min(a, b)}–${Math.max(a, b)}`;
    } else if (kind < 0.93) {
      const at = pick(blocks.filter((b) => b.node.isTextblock && b.node.type.name === 'paragraph')).pos;
      tr.insert(at, schema.node('paragraph', null, [schema.text('A new one. ')]));
      name = `insert paragraph at ${at}`;
    } else {
      const a = pick(text);
      const b = pick(text);
      const mark = schema.marks[rand() < 0.5 ? 'strong' : 'em']!.create();
      if (rand() < 0.5) tr.addMark(Math.min(a, b), Math.max(a, b), mark);
      else tr.removeMark(Math.min(a, b), Math.max(a, b), mark.type);
      name = `toggle ${mark.type.name} ${Math.min(a, b)}–${Math.max(a, b)}`;
    }
    tr.doc.check();
  } catch {
    return null;
  }
  return { name, command: (_s, dispatch) => (dispatch?.(tr), true) };
}

const mixed = () =>
  doc(
    p('Lead ', strong('bold'), ' and ', em('em'), '.'),
    quote([p('Quoted one.'), p('Quoted two.')], 'Someone'),
    ul(li(p('First item.')), li(p('Second ', strong('item'), '.')), li(p('Third item.'))),
    ...paragraphs(8).content,
  );

describe('view descriptions after edits, with the order check skipped when keys kept order', () => {
  it('stay in document order when reorderSiblings swaps blocks (keys kept, no block re-rendered)', () => {
    mount(paragraphs(6));
    expect(treeProblems()).toEqual([]);
    run(reorderSiblings(0, [1, 0, 2, 3, 5, 4]));
    expect(view!.state.doc.child(0).textContent).toBe('Paragraph 1 bold 1 end.');
    expect(treeProblems()).toEqual([]);
    run(reorderSiblings(0, [5, 0, 1, 2, 3, 4]));
    expect(treeProblems()).toEqual([]);
  });

  it('stay in document order after a long run of random block edits', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rand = random(seed);
      mount(mixed());
      const history: string[] = [];
      for (let step = 0; step < 60; step++) {
        const edit = randomEdit(view!.state, rand);
        if (!edit) continue;
        history.push(edit.name);
        run(edit.command);
        const found = treeProblems();
        if (found.length) expect({ seed, history, found }).toEqual({ seed, history, found: [] });
      }
      expect(history.length).toBeGreaterThan(30);
      act(() => root.unmount());
      root = createRoot(container);
      view = null;
    }
  });

  it('after a keystroke, do not ask every block for its position (the check was skipped)', () => {
    mount(paragraphs(40));
    const docView = (view as unknown as { docView: Desc }).docView;
    let calls = 0;
    for (const child of docView.children) {
      const getPos = child.getPos!;
      child.getPos = () => (calls++, getPos());
    }
    run((s, dispatch) => (dispatch?.(s.tr.insertText('x', s.doc.child(1).nodeSize + 3)), true));
    // The fallback check would ask each of the 40 blocks twice.
    expect(calls).toBeLessThan(20);
    expect(treeProblems()).toEqual([]);
    // And a reorder still takes it.
    calls = 0;
    run(reorderSiblings(0, [1, 0, ...Array.from({ length: 38 }, (_, i) => i + 2)]));
    expect(calls).toBeGreaterThanOrEqual(40);
    expect(treeProblems()).toEqual([]);
  });
});
