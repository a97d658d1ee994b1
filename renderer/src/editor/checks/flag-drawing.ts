// Which flags are drawn as decorations: only those near the screen and the
// caret (a 5,000-paragraph article with 12,000 flags typed twice as slow per
// key when every flag was a decoration), redrawn after a scroll pauses, and
// never the word being typed at the caret. Only what changed is dispatched.
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { changeFlags, shownFlags, type PlacedFlag } from './checks-plugin';
import { nearScreen, windowChange, type BodyFlags } from './body-flags';

/**
 * Applies a transaction that only sets plugin meta (drawn flags, ignored ranges)
 * to the newest state: react-prosemirror gives the view its state only after
 * React renders, and a transaction built on the view's older state would put
 * back the selection a click had just set.
 */
export type ApplyMeta = (make: (state: EditorState) => Transaction | null) => void;

export class FlagDrawing {
  private scrollTimer: ReturnType<typeof setTimeout> | null = null;
  /** Where the caret was after the last edit, while it stays there (the word being typed). */
  private typingAt: number | null = null;

  constructor(
    private readonly body: BodyFlags,
    private readonly view: () => EditorView | null,
    private readonly applyMeta: () => ApplyMeta,
  ) {
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  /** Scrolling brings other flags near the screen: drawn after the scrolling pauses. */
  private readonly onScroll = () => {
    if (this.scrollTimer !== null) clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.draw(), 120);
  };

  /** An edit: the caret is (for now) in the word being typed. */
  edited(tr: Transaction): void {
    this.typingAt = tr.selection.empty ? tr.selection.head : null;
  }

  /** The caret moved without an edit: the word it was typing is finished, and may show its flag. */
  caretMoved(): void {
    if (this.typingAt === null) return;
    this.typingAt = null;
    this.draw();
  }

  draw(): void {
    const view = this.view();
    if (!view) return;
    // Not the word being typed at the caret: "volunt" is not a misspelling of "volunteers" yet.
    const typing = this.typingAt;
    const seen = new Set<PlacedFlag>();
    // Timed for bench/typing-checks.ts (User Timing): reading where the screen is, and the flags' transaction.
    const start = performance.now();
    const windows = nearScreen(view);
    const measured = performance.now();
    // (A flag reaching across the gap between two windows is found in both: drawn once.)
    const near = windows.flatMap(([lo, hi]) => this.body.within(lo, hi).filter((l) => !seen.has(l.flag) && seen.add(l.flag)));
    const wanted = near.filter((l) => !(typing !== null && l.flag.kind === 'spelling' && l.from <= typing && typing <= l.to));
    this.applyMeta()((state) => {
      const { remove, add } = windowChange(shownFlags(state), wanted);
      return remove.length || add.length ? changeFlags(state.tr, remove, add) : null;
    });
    performance.measure('copydesk:checks-draw-screen', { start, end: measured });
    performance.measure('copydesk:checks-draw-apply', { start: measured });
  }

  dispose(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    if (this.scrollTimer !== null) clearTimeout(this.scrollTimer);
  }
}
