// Copydesk patches react-prosemirror 3.2.7 for typing speed on long articles
// (patches/@handlewithcare+react-prosemirror+3.2.7.patch, applied by
// patch-package on install; the why is in bench/experiments/react-prosemirror-3.2.7/),
// and it and prosemirror-view 1.42.0 so a caret move is never undone
// (tests/e2e/focus-race.spec.ts).
// These tests check that the patch is really installed, that the patched
// reactKeys plugin — which now only looks for new nodes where the document
// changed — still keeps the contract React's node views rely on, and that a
// view description put in its place among its siblings (instead of sorting
// them all, which made opening a long article quadratic) leaves them exactly as
// the sort did, as does the parent's fallback sort that now runs only when its
// children are out of order. (The per-key patches in ChildNodeViews.js and
// NodeView.js — the key map looked up once per render, children collected in
// order, one freezeFrom watch per editor instead of a selector per block — are
// exercised by every editor end-to-end spec, composition included.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reactKeys } from '@handlewithcare/react-prosemirror';
import { EditorState, type Transaction } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import { Decoration, DecorationSet, type DecorationSource } from 'prosemirror-view';
import { schema } from '../../../shared/article/schema';
import { doc, li, p, quote, ul } from '../../support/docs';
// @ts-expect-error the library's own file, the one the bundle uses (its .d.ts knows nothing of the patch)
import * as viewdesc from '../../../node_modules/@handlewithcare/react-prosemirror/dist/esm/viewdesc.js';
// @ts-expect-error as above
import * as reactKeysFile from '../../../node_modules/@handlewithcare/react-prosemirror/dist/esm/plugins/reactKeys.js';
// @ts-expect-error as above
import * as iterDecoFile from '../../../node_modules/@handlewithcare/react-prosemirror/dist/esm/decorations/iterDeco.js';
// @ts-expect-error as above
import * as childNodeViews from '../../../node_modules/@handlewithcare/react-prosemirror/dist/esm/components/ChildNodeViews.js';

const { placeViewDesc, sortViewDescs, sortViewDescsIfNeeded, TrailingHackViewDesc } = viewdesc as {
  placeViewDesc<T>(siblings: T[], desc: T, isNew?: boolean): void;
  sortViewDescsIfNeeded<T>(descs: T[]): void;
  sortViewDescs(a: unknown, b: unknown): number;
  TrailingHackViewDesc: { prototype: object; new (...args: never[]): object };
};

type KeyMaps = (posToKey: Map<number, string>, mapping: Transaction['mapping'], overrides: Record<number, number>, keyToPos: Map<string, number>) => Map<number, string> | null;
const { mapKeysFast, mapKeysInOrder } = reactKeysFile as { mapKeysFast: KeyMaps; mapKeysInOrder: KeyMaps };
const { runStartsAt, RUN_LENGTH } = childNodeViews as { runStartsAt(key: string | number): boolean; RUN_LENGTH: number };

type OnNode = (node: Node, outer: readonly Decoration[], inner: DecorationSource, offset: number, index: number) => void;
const { iterDeco } = iterDecoFile as { iterDeco(parent: Node, deco: DecorationSource, onWidget: () => void, onNode: OnNode): void };

const LIBRARY = path.resolve('node_modules/@handlewithcare/react-prosemirror');

/** The library's files that must carry a marker, per patched package. */
const PATCHED: Record<string, { dir: string; files: Record<string, string> }> = {
  '@handlewithcare/react-prosemirror': {
    dir: LIBRARY,
    files: {
      'dist/esm/components/ProseMirror.js': 'PATCH(copydesk perf)',
      'dist/esm/hooks/useEditorState.js': 'PATCH(copydesk perf)',
      'dist/esm/plugins/reactKeys.js': 'PATCH(copydesk perf)',
      'dist/esm/ReactEditorView.js': 'PATCH(copydesk race)',
      'dist/esm/viewdesc.js': 'PATCH(copydesk open)',
      'dist/esm/hooks/useNodeViewDescription.js': 'PATCH(copydesk open)',
      'dist/esm/components/nodes/DocNodeView.js': 'PATCH(copydesk open)',
      'dist/esm/components/ProseMirrorDoc.js': 'PATCH(copydesk perf)',
      'dist/esm/components/ChildNodeViews.js': 'PATCH(copydesk perf)',
      'dist/esm/components/nodes/NodeView.js': 'PATCH(copydesk perf)',
      'dist/esm/decorations/iterDeco.js': 'PATCH(copydesk perf)',
    },
  },
  'prosemirror-view': {
    dir: path.resolve('node_modules/prosemirror-view'),
    files: { 'dist/index.js': 'PATCH(copydesk)', 'dist/index.cjs': 'PATCH(copydesk)' },
  },
};

describe('the patched libraries', () => {
  for (const [name, { dir, files }] of Object.entries(PATCHED)) {
    it(`${name} is patched, against the exact version the patch was made for`, () => {
      const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
      const prefix = `${name.replace('/', '+')}+`;
      expect(fs.readdirSync('patches').filter((f) => f.startsWith(prefix))).toEqual([`${prefix}${version}.patch`]);
      for (const [file, marker] of Object.entries(files)) {
        expect(fs.readFileSync(path.join(dir, file), 'utf8'), `${name}/${file}: run npm install (postinstall applies patches/)`).toContain(marker);
      }
    });
  }
});

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

/** One random edit of the kinds typing, paste and the toolbar make; null when it doesn't fit there. */
function randomEdit(state: EditorState, rand: () => number): Transaction | null {
  const size = state.doc.content.size;
  const from = 1 + Math.floor(rand() * (size - 1));
  const to = Math.min(size - 1, from + Math.floor(rand() * 8));
  const kind = rand();
  const tr = state.tr;
  try {
    if (kind < 0.35) tr.insertText('xy', from);
    else if (kind < 0.5) tr.delete(from, to);
    else if (kind < 0.65) tr.split(from);
    else if (kind < 0.75) tr.insertText('a', from).insertText('b', 1); // two steps, far apart
    else if (kind < 0.9) tr.replaceWith(from, from, schema.node('paragraph', null, [schema.text('New paragraph.')]));
    else tr.join(from);
    tr.doc.check();
  } catch {
    return null;
  }
  return tr;
}

function positions(node: Node): number[] {
  const list: number[] = [];
  node.descendants((_, pos) => void list.push(pos));
  return list;
}

describe('patched reactKeys', () => {
  const start = Node.fromJSON(
    schema,
    doc(p('Opening paragraph.'), quote([p('We will rebuild.'), p('Every house.')], 'The mayor'), p('Middle.'), ul(li(p('One')), li(p('Two'))), p('End.')),
  );

  it('gives every node a key, keeps both maps inverse and in position order, and keeps the key of every node an edit did not touch', () => {
    const plugin = reactKeys();
    const rand = random(7);
    let edits = 0;
    for (let run = 0; run < 150; run++) {
      let state = EditorState.create({ doc: start, plugins: [plugin] });
      for (let step = 0; step < 25; step++) {
        const tr = randomEdit(state, rand);
        if (!tr) continue;
        const before = plugin.getState(state)!;
        const next = state.apply(tr);
        const keys = plugin.getState(next)!;
        edits++;

        // Every node has a key. (Like the original plugin, positions that mapped
        // into the middle of a text keep a stale entry; nothing looks them up.)
        for (const pos of positions(next.doc)) expect(keys.posToKey.has(pos)).toBe(true);
        // The patch skips its sort when the entries are already in order, so they must stay so.
        const order = [...keys.posToKey.keys()];
        expect(order.every((pos, i) => i === 0 || order[i - 1]! < pos)).toBe(true);
        for (const [pos, key] of keys.posToKey) expect(keys.keyToPos.get(key)).toBe(pos);
        expect(keys.keyToPos.size).toBe(keys.posToKey.size);

        // A node that survived the edit keeps its key at its new position
        // (where two old positions land on one new one, either key may win).
        const survivors = new Map<number, string[]>();
        for (const [pos, key] of before.posToKey) {
          const mapped = tr.mapping.mapResult(pos);
          if (!mapped.deleted) survivors.set(mapped.pos, [...(survivors.get(mapped.pos) ?? []), key]);
        }
        for (const [pos, [key, ...others]] of survivors) if (others.length === 0) expect(keys.posToKey.get(pos)).toBe(key);
        state = next;
      }
    }
    expect(edits).toBeGreaterThan(2000);
  });

  it('maps the keys through a one-range step exactly as mapping every position does, and declines other transactions', () => {
    const plugin = reactKeys();
    const rand = random(13);
    let fast = 0;
    let declined = 0;
    for (let run = 0; run < 100; run++) {
      let state = EditorState.create({ doc: start, plugins: [plugin] });
      for (let step = 0; step < 25; step++) {
        const tr = randomEdit(state, rand);
        if (!tr || !tr.docChanged) continue; // (the plugin returns early then)
        const { posToKey } = plugin.getState(state)!;
        const fastKeys = new Map<string, number>();
        const slowKeys = new Map<string, number>();
        const quick = mapKeysFast(posToKey, tr.mapping, {}, fastKeys);
        const slow = mapKeysInOrder(posToKey, tr.mapping, {}, slowKeys)!;
        if (quick) {
          fast++;
          expect([...quick]).toEqual([...slow]); // same entries, same (position) order
          expect([...fastKeys].sort()).toEqual([...slowKeys].sort());
        } else {
          declined++;
          let ranges = 0;
          for (const map of tr.mapping.maps) map.forEach(() => ranges++);
          expect(tr.steps.length > 1 || ranges > 1).toBe(true);
        }
        // An override (reorderSiblings) always takes the original path.
        expect(mapKeysFast(posToKey, tr.mapping, { 1: 1 }, new Map())).toBeNull();
        state = state.apply(tr);
      }
    }
    expect(fast).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(50);
  });

  it('leaves keys alone on a selection-only transaction', () => {
    const plugin = reactKeys();
    const state = EditorState.create({ doc: start, plugins: [plugin] });
    const next = state.apply(state.tr.setMeta('focus', true));
    expect(next.doc).toBe(state.doc);
    expect(plugin.getState(next)!.posToKey).toEqual(plugin.getState(state)!.posToKey);
  });
});

describe('patched sibling order (placeViewDesc)', () => {
  interface Fake {
    pos: number;
    dom: { order: number; compareDocumentPosition(other: { order: number }): number };
    getPos(): number;
  }
  let domOrder = 0;
  const fake = (pos: number): Fake => {
    const dom = {
      order: domOrder++,
      compareDocumentPosition(other: { order: number }) {
        return other.order > this.order ? 4 : other.order < this.order ? 2 : 0;
      },
    };
    const desc = { pos, dom, getPos: () => desc.pos };
    return desc;
  };
  const trailing = (): Fake => {
    const desc = Object.create(TrailingHackViewDesc.prototype) as Fake;
    Object.assign(desc, fake(0));
    return desc;
  };

  it('after any sequence of new, moved and re-placed descriptions, equals the full sort, each one present once', () => {
    const rand = random(11);
    for (let run = 0; run < 300; run++) {
      const siblings: Fake[] = [];
      if (rand() < 0.3) placeViewDesc(siblings, trailing(), true);
      for (let step = 0; step < 40; step++) {
        const kind = rand();
        if (kind < 0.5 || siblings.length === 0) {
          // A new node view mounts (anywhere, often at the end, as when a document opens).
          placeViewDesc(siblings, fake(rand() < 0.5 ? 1000 + step : Math.floor(rand() * 50)), true);
        } else if (kind < 0.75) {
          // An edit shifts every position after some point; the one that re-rendered places itself again.
          const at = Math.floor(rand() * 60);
          for (const d of siblings) if (d.pos >= at) d.pos += 2;
          placeViewDesc(siblings, siblings[Math.floor(rand() * siblings.length)]!);
        } else {
          // A node view re-renders with its own position changed (moved among its siblings).
          const moved = siblings[Math.floor(rand() * siblings.length)]!;
          if (!(moved instanceof TrailingHackViewDesc)) moved.pos = Math.floor(rand() * 60);
          placeViewDesc(siblings, moved);
        }
        const sorted = [...siblings].sort(sortViewDescs);
        expect(siblings.map((d) => d.pos)).toEqual(sorted.map((d) => d.pos));
        expect(new Set(siblings).size).toBe(siblings.length);
      }
    }
  });

  it('the fallback sort leaves children in order alone and sorts them as Array.sort does otherwise', () => {
    const rand = random(5);
    for (let run = 0; run < 300; run++) {
      const descs = Array.from({ length: Math.floor(rand() * 12) }, () => fake(Math.floor(rand() * 20)));
      if (rand() < 0.5) descs.sort(sortViewDescs);
      if (rand() < 0.3) descs.splice(Math.floor(rand() * (descs.length + 1)), 0, trailing());
      const expected = [...descs].sort(sortViewDescs);
      const same = [...descs];
      sortViewDescsIfNeeded(same);
      expect(same).toEqual(expected);
    }
  });
});

describe('patched block runs (ChildNodeViews.js)', () => {
  it('starts a run at about one key in RUN_LENGTH, decided by the key alone', () => {
    const plugin = reactKeys();
    const many = Node.fromJSON(schema, doc(...Array.from({ length: 3200 }, (_, i) => p(`Paragraph ${i}.`))));
    const keys = [...plugin.getState(EditorState.create({ doc: many, plugins: [plugin] }))!.posToKey.values()];
    const starts = keys.filter((k) => runStartsAt(k)).length;
    expect(starts / keys.length).toBeGreaterThan(0.5 / RUN_LENGTH);
    expect(starts / keys.length).toBeLessThan(2 / RUN_LENGTH);
    // The same key always gives the same answer, whatever its neighbours: a block
    // inserted or deleted elsewhere moves no other block into another run.
    for (const key of keys.slice(0, 200)) expect(runStartsAt(String(key))).toBe(runStartsAt(key));
  });
});

describe('patched iterDeco (one cursor through the set, not forChild per block)', () => {
  it('gives each block the decorations DecorationSet.forChild gives it', () => {
    const rand = random(17);
    for (let run = 0; run < 40; run++) {
      const blocks = 1 + Math.floor(rand() * 60);
      const many = Node.fromJSON(schema, doc(...Array.from({ length: blocks }, (_, i) => p(`Paragraph number ${i} of the story.`))));
      const decorations: Decoration[] = [];
      many.forEach((block, offset) => {
        if (rand() < 0.3) decorations.push(Decoration.inline(offset + 2, offset + 6, { class: 'check-flag' }));
        if (rand() < 0.05) decorations.push(Decoration.node(offset, offset + block.nodeSize, { class: 'x' }));
      });
      const set = DecorationSet.create(many, decorations);
      const seen: DecorationSource[] = [];
      const expected: DecorationSource[] = [];
      iterDeco(many, set, () => {}, (child, _outer, inner, offset) => {
        seen.push(inner);
        expected.push(set.forChild(offset, child));
      });
      expect(seen.length).toBe(blocks);
      seen.forEach((inner, i) => expect((inner as unknown as { eq(other: unknown): boolean }).eq(expected[i]), `block ${i}`).toBe(true));
      // The same objects where forChild hands out the set's own child set, so memo holds.
      seen.forEach((inner, i) => {
        if (expected[i] instanceof DecorationSet && (expected[i] as DecorationSet) !== DecorationSet.empty) expect(inner).toBe(expected[i]);
      });
    }
  });
});
