// The body's flags of the newest answer and where each is now. Decorations
// are only drawn for the flags near the screen (and the caret), so what a
// keystroke or a redraw costs does not grow with the article's flags: at
// 5,000 paragraphs of copy with thousands of flags, drawing them all made
// every key twice as slow. The rest are kept as data here, their positions
// carried through the edits since the answer by one Mapping, for the panel's
// jump, Fix and Fix all.
import { Mapping } from 'prosemirror-transform';
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { LocatedFlag, PlacedFlag, ShownFlag } from './checks-plugin';

export class BodyFlags {
  private flags: PlacedFlag[] = [];
  private byKey = new Map<string, PlacedFlag[]>();
  private ids = new Set<string>();
  private mapping = new Mapping();

  /** A new answer's body flags (ranges as of the document it checked, which is the document now). */
  reset(flags: readonly PlacedFlag[]): void {
    this.flags = flags.filter((f) => f.range);
    this.ids = new Set(this.flags.map((f) => f.id));
    this.byKey = new Map();
    for (const f of this.flags) {
      const list = this.byKey.get(f.where);
      if (list) list.push(f);
      else this.byKey.set(f.where, [f]);
    }
    this.mapping = new Mapping();
  }

  /** The flags of one text block, where they are now, in order; null when an edit took the text of one away (the panel still lists it). */
  locatedIn(key: string): LocatedFlag[] | null {
    const out: LocatedFlag[] = [];
    for (const f of this.byKey.get(key) ?? []) {
      if (!this.ids.has(f.id)) continue;
      const at = this.locate(f);
      if (!at) return null;
      out.push(at);
    }
    return out;
  }

  edited(tr: Transaction): void {
    this.mapping.appendMapping(tr.mapping);
  }

  /** How many edits the flags are carried through: each costs every look-up, so a long run is placed anew. */
  get carried(): number {
    return this.mapping.maps.length;
  }

  drop(flag: PlacedFlag): void {
    this.ids.delete(flag.id);
  }

  /** Where a flag of the newest answer is now; null when its text was deleted (or it is not the newest answer's). */
  locate(flag: PlacedFlag): LocatedFlag | null {
    if (!flag.range || !this.ids.has(flag.id)) return null;
    const from = this.mapping.mapResult(flag.range.from, 1);
    const to = this.mapping.mapResult(flag.range.to, -1);
    if (from.deleted || to.deleted || to.pos <= from.pos) return null;
    return { flag, from: from.pos, to: to.pos };
  }

  /** Every flag still in the body, where it is now, in document order. */
  all(): LocatedFlag[] {
    const out: LocatedFlag[] = [];
    for (const f of this.flags) {
      const at = this.ids.has(f.id) ? this.locate(f) : null;
      if (at) out.push(at);
    }
    return out;
  }
}

/** What to draw for a window of the body: the shown flags to take away and the flags to add (an unchanged flag keeps its decoration). */
export function windowChange(shown: readonly ShownFlag[], wanted: readonly LocatedFlag[]): { remove: ShownFlag[]; add: LocatedFlag[] } {
  const key = (l: LocatedFlag) => `${l.from}:${l.to}:${l.flag.ruleId}:${l.flag.text}`;
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

/** The body positions on screen (and the caret's), widened by MARGIN. */
export function nearScreen(view: EditorView): [number, number] {
  const head = view.state.selection.head;
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 1;
  const bottom = Math.min(box.bottom, window.innerHeight) - 1;
  if (bottom <= top) return [head - MARGIN, head + MARGIN];
  const first = view.posAtCoords({ left: box.left + box.width / 2, top })?.pos ?? head;
  const last = view.posAtCoords({ left: box.left + box.width / 2, top: bottom })?.pos ?? head;
  return [Math.min(first, head) - MARGIN, Math.max(last, head) + MARGIN];
}
