// The body's flags of the newest answers and where each is now, kept per text
// block (key `block:N`): an answer that changes a few blocks' flags replaces
// those blocks' entries and leaves the rest as they are (flag-placing.ts), so
// showing it costs the blocks that changed, not the article's 12,000 flags.
// A flag's place is its block's start plus its offset in the block's text; the
// starts are re-based on every answer from the texts it checked (the document
// then, so re-basing is arithmetic, not mapping), and carried through the
// edits since by one Mapping. Decorations are
// only drawn for the flags near the screen (flag-drawing.ts), which `within`
// finds by a binary search; the rest are data, for the panel's jump, Fix and
// Fix all.
import { Mapping } from 'prosemirror-transform';
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { LocatedFlag, PlacedFlag, ShownFlag } from './checks-plugin';

interface Entry {
  key: string;
  /** Where the block's text starts, as of the last re-base (before `mapping`). */
  pos: number;
  /** Its flags still open, in order. */
  flags: PlacedFlag[];
  /** Each flag's offsets in the block's text now, [from, to] by flag (a flag object keeps those of its first answer). */
  spans: number[];
}

/** What an answer says of one block: its flags (the objects to keep showing) and where each is in its text now. */
export interface BlockPlacement {
  flags: readonly PlacedFlag[];
  offsets: readonly { from: number; to: number }[];
}

export const isBlockKey = (key: string) => key.startsWith('block:');

/** A block's flags placed on the document now: the flags are their own offsets. */
export const placedAnew = (flags: readonly PlacedFlag[]): BlockPlacement => ({ flags, offsets: flags });

export class BodyFlags {
  private byKey = new Map<string, Entry>();
  /** The entries in document order. */
  private order: Entry[] = [];
  /** The edits since the starts were last re-based. */
  private mapping = new Mapping();

  /**
   * An answer for the document as it is now (`texts`, in document order): the blocks in `placed` get those flags,
   * every other block keeps its own, re-based on where its text starts now (its text is as it was, so its flags are
   * where they were in it). With `whole`, only `placed` is kept. A block no longer among the texts loses its flags.
   */
  answered(texts: readonly ArticleText[], placed: ReadonlyMap<string, BlockPlacement>, whole = false): void {
    if (whole) this.byKey.clear();
    const order: Entry[] = [];
    for (const text of texts) {
      if (text.pos === undefined || !isBlockKey(text.key)) continue;
      const now = placed.get(text.key);
      let entry = this.byKey.get(text.key);
      if (now) {
        if (!now.flags.length) continue;
        entry = { key: text.key, pos: text.pos, flags: [...now.flags], spans: now.offsets.flatMap((o) => [o.from, o.to]) };
        this.byKey.set(text.key, entry);
      } else if (!entry) continue;
      entry.pos = text.pos;
      order.push(entry);
    }
    this.order = order;
    // Entries of blocks that went, or whose flags all went: forgotten.
    if (this.byKey.size !== order.length) this.byKey = new Map(order.map((e) => [e.key, e]));
    this.mapping = new Mapping();
  }

  /** A block's open flags, in order (the objects placed). */
  flagsOf(key: string): readonly PlacedFlag[] {
    return this.byKey.get(key)?.flags ?? [];
  }

  /** The flags of one text block, where they are now, in order; null when an edit took the text of one away (the panel still lists it). */
  locatedIn(key: string): LocatedFlag[] | null {
    const entry = this.byKey.get(key);
    if (!entry) return [];
    const out: LocatedFlag[] = [];
    for (let i = 0; i < entry.flags.length; i++) {
      const at = this.at(entry, i);
      if (!at) return null;
      out.push(at);
    }
    return out;
  }

  edited(tr: Transaction): void {
    this.mapping.appendMapping(tr.mapping);
  }

  drop(flag: PlacedFlag): void {
    const entry = this.byKey.get(flag.where);
    const i = entry ? entry.flags.findIndex((f) => f.id === flag.id) : -1;
    if (i < 0) return;
    entry!.flags = entry!.flags.filter((_, j) => j !== i);
    entry!.spans = entry!.spans.filter((_, j) => j >> 1 !== i);
  }

  /** Where a body flag of the newest answers is now; null when its text was deleted (or it is not open). */
  locate(flag: PlacedFlag): LocatedFlag | null {
    const entry = this.byKey.get(flag.where);
    const i = entry ? entry.flags.findIndex((f) => f.id === flag.id) : -1;
    return i < 0 ? null : this.at(entry!, i);
  }

  /** Every flag still in the body (or in one block), where it is now, in document order. */
  all(key?: string): LocatedFlag[] {
    if (key === undefined) return this.located(this.order);
    const entry = this.byKey.get(key);
    return entry ? this.located([entry]) : [];
  }

  /** The flags that reach into [lo, hi] now, in document order: a binary search for the first block, then those up to `hi`. */
  within(lo: number, hi: number): LocatedFlag[] {
    // Mapped positions keep their order, so the entries' ends, mapped, are sorted.
    // A block's flags are in the checker's order, which is not always by position (a doubled word starts before the word).
    // (A block whose flags were all dropped stays in the order until the next answer: its text's start stands for it.)
    const first = (e: Entry) => e.pos + (e.spans.length ? e.spans.reduce((m, x, i) => (i % 2 ? m : Math.min(m, x)), Infinity) : 0);
    const last = (e: Entry) => e.pos + (e.spans.length ? e.spans.reduce((m, x, i) => (i % 2 ? Math.max(m, x) : m), -Infinity) : 0);
    let [a, b] = [0, this.order.length];
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.mapping.map(last(this.order[mid]!), -1) < lo) a = mid + 1;
      else b = mid;
    }
    let end = a;
    while (end < this.order.length && this.mapping.map(first(this.order[end]!), 1) <= hi) end++;
    return this.located(this.order.slice(a, end)).filter((l) => l.to >= lo && l.from <= hi);
  }

  private located(entries: readonly Entry[]): LocatedFlag[] {
    const out: LocatedFlag[] = [];
    for (const entry of entries) {
      for (let i = 0; i < entry.flags.length; i++) {
        const at = this.at(entry, i);
        if (at) out.push(at);
      }
    }
    return out;
  }

  private at(entry: Entry, i: number): LocatedFlag | null {
    const from = this.mapping.mapResult(entry.pos + entry.spans[2 * i]!, 1);
    const to = this.mapping.mapResult(entry.pos + entry.spans[2 * i + 1]!, -1);
    if (from.deleted || to.deleted || to.pos <= from.pos) return null;
    return { flag: entry.flags[i]!, from: from.pos, to: to.pos };
  }
}

/** What to draw for a window of the body: the shown flags to take away and the flags to add (a flag drawn where it is keeps its decoration). */
export function windowChange(shown: readonly ShownFlag[], wanted: readonly LocatedFlag[]): { remove: ShownFlag[]; add: LocatedFlag[] } {
  const key = (l: LocatedFlag) => `${l.flag.id}:${l.from}:${l.to}`;
  const have = new Map(shown.map((s) => [key(s), s]));
  const add: LocatedFlag[] = [];
  for (const w of wanted) {
    if (have.has(key(w))) have.delete(key(w));
    else add.push(w);
  }
  return { remove: [...have.values()], add };
}

/**
 * About five paragraphs of news copy either side of what is on screen: scrolling a little finds its flags already
 * drawn, and the rest are drawn when the scroll pauses. Decorated paragraphs cost each keystroke's render
 * (react-prosemirror maps, walks and compares their decorations): with 20 either side, profiles of typing at 1,000
 * paragraphs with no check running between the keys still showed more React, react-prosemirror and garbage
 * collector time per key with checks on.
 */
const MARGIN = 2_000;

/**
 * The body ranges near the screen and near the caret, each widened by MARGIN: two windows, not the span between them
 * (a caret in paragraph 2,500 of an article scrolled to its top drew every flag in between — 6,000 decorations each
 * keystroke mapped and rendered, and a pause's drawing a long task).
 */
export function nearScreen(view: EditorView): [number, number][] {
  const head = view.state.selection.head;
  const caret: [number, number] = [head - MARGIN, head + MARGIN];
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 1;
  const bottom = Math.min(box.bottom, window.innerHeight) - 1;
  if (bottom <= top) return [caret];
  const screen = blocksBetween(view, top, bottom);
  return screen ? mergedWindows([[screen[0] - MARGIN, screen[1] + MARGIN], caret]) : [caret];
}

/**
 * The body range of the top-level blocks between two heights on screen: a binary search over the blocks' boxes
 * (a dozen reads at 5,000 paragraphs). posAtCoords' hit test cost 44–150 ms after a pause at 5,000 paragraphs.
 */
function blocksBetween(view: EditorView, top: number, bottom: number): [number, number] | null {
  const blocks = view.dom.children;
  // The first block whose bottom is below `top`, and the first whose top is below `bottom`.
  const firstBelow = (y: number, edge: 'top' | 'bottom') => {
    let [a, b] = [0, blocks.length];
    while (a < b) {
      const mid = (a + b) >> 1;
      if (blocks[mid]!.getBoundingClientRect()[edge] <= y) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  const first = blocks[Math.min(firstBelow(top, 'bottom'), blocks.length - 1)];
  const last = blocks[Math.max(firstBelow(bottom, 'top') - 1, 0)];
  if (!first || !last) return null;
  try {
    return [view.posAtDOM(first, 0), view.posAtDOM(last, last.childNodes.length)];
  } catch {
    return null; // not a node of the document (a widget): the caret's window alone
  }
}

/** Ranges sorted and overlapping ones joined, so a flag in two of them is drawn once. */
export function mergedWindows(ranges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const prev = out[out.length - 1];
    if (prev && lo <= prev[1]) prev[1] = Math.max(prev[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
