// Which flags an answer shows, placed text by text: the checker answers only
// the texts whose flags changed (check-feed.ts adds those whose text was
// edited), and only those texts' flags are placed again — compared first with
// what is shown of them, carried through the edits, so an answer that agrees
// with the screen shows nothing new. Every other text keeps its flags (the
// same objects, ids and decorations). Placing all 12,000 flags of a
// 5,000-paragraph article again for a partly typed word cost 40–70 ms.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import { atOffsets, reusing, showsSame, type Answer } from './answer-changes';
import { BodyFlags, isBlockKey, placedAnew, type BlockPlacement } from './body-flags';
import type { LocatedFlag, PlacedFlag } from './checks-plugin';
import { placeFlags } from './place-flags';

/** The flags not kept away (marked correct, ignored): the controller's filter, applied to what is placed. */
export type Keep = (placed: PlacedFlag[]) => PlacedFlag[];

const MANY = 64;

export class FlagPlacing {
  /** The body's flags, moved with the edits. */
  readonly body = new BodyFlags();
  /** The headline's, standfirst's and captions' flags, by text key. */
  private fields = new Map<string, PlacedFlag[]>();
  /** Every open flag, in reading order (the snapshot's). */
  private list: readonly PlacedFlag[] = [];
  private placedOnce = false;
  /** An undo or redo replayed a check action (or checks restarted): the next answer is placed whole. */
  private whole = false;
  /** The texts of flags fixed, ignored or marked since the last answer (an undo since may bring them back unchanged). */
  private dropped = new Set<string>();
  /** The texts of the last answer shown. */
  private texts: readonly ArticleText[] = [];

  get flags(): readonly PlacedFlag[] {
    return this.list;
  }

  /** The next answer is placed whole, not compared with what is shown. */
  placeWholeNext(): void {
    this.whole = true;
  }

  /**
   * The flags to show for an answer about the document as it is now, or null when they are the ones shown (moved
   * with the edits). `changed`: the keys whose flags or text changed since the last answer shown.
   */
  answered(answer: Answer, changed: ReadonlySet<string>, keep: Keep): readonly PlacedFlag[] | null {
    const compared = new Set([...changed, ...this.dropped]);
    this.dropped.clear();
    for (const key of this.fields.keys()) if (key.startsWith('caption:')) compared.add(key); // a photo's place may have moved
    this.relabelled(answer.texts, compared);
    const textOf = new Map<string, ArticleText>();
    for (const t of answer.texts) if (compared.has(t.key)) textOf.set(t.key, t);
    // Most texts changed (a paragraph added near the top renumbers every block after it): as quick to place whole.
    const most = compared.size > MANY && compared.size * 2 > answer.texts.length;
    if (this.whole || !this.placedOnce || most) return this.placeWhole(answer, keep);
    const blocks = new Map<string, BlockPlacement>();
    const replaced = new Map<string, readonly PlacedFlag[]>();
    for (const key of compared) {
      const text = textOf.get(key);
      const now = text ? keep(placeFlags(answer.version, answer.flags, [text])) : [];
      const same = !this.differs(key, now, text);
      // A block whose flags are those shown keeps showing them (same objects, same decorations), at their offsets now;
      // one whose flags differ keeps the objects of those that did not change.
      const flags = same ? null : reusing(this.shownOf(key), now);
      if (flags) replaced.set(key, flags);
      if (isBlockKey(key)) blocks.set(key, { flags: flags ?? this.body.flagsOf(key), offsets: now });
      else if (!flags) continue;
      else if (flags.length) this.fields.set(key, flags);
      else this.fields.delete(key);
    }
    this.body.answered(answer.texts, blocks);
    this.texts = answer.texts;
    return replaced.size ? (this.list = withRuns(this.list, replaced)) : null;
  }

  /** Takes the flags `dropped` says away (fixed, ignored, marked correct, a word learned); the list left. */
  drop(dropped: (f: PlacedFlag) => boolean): readonly PlacedFlag[] {
    const gone = this.list.filter(dropped);
    if (!gone.length) return this.list;
    for (const f of gone) {
      this.dropped.add(f.where);
      if (isBlockKey(f.where)) this.body.drop(f);
      else this.fields.set(f.where, (this.fields.get(f.where) ?? []).filter((x) => x.id !== f.id));
    }
    return (this.list = this.list.filter((f) => !dropped(f)));
  }

  private placeWhole(answer: Answer, keep: Keep): readonly PlacedFlag[] {
    this.whole = false;
    this.placedOnce = true;
    const placed = keep(placeFlags(answer.version, answer.flags, answer.texts));
    const byKey = new Map<string, PlacedFlag[]>();
    for (const f of placed) {
      const list = byKey.get(f.where);
      if (list) list.push(f);
      else byKey.set(f.where, [f]);
    }
    const blocks = new Map<string, BlockPlacement>();
    this.fields = new Map();
    for (const [key, flags] of byKey) {
      if (isBlockKey(key)) blocks.set(key, placedAnew(flags));
      else this.fields.set(key, flags);
    }
    this.body.answered(answer.texts, blocks, true);
    this.texts = answer.texts;
    return (this.list = placed);
  }

  /** A text's flags shown and where they are now (a body flag whose text was deleted left out). */
  private shownOf(key: string): LocatedFlag[] {
    if (isBlockKey(key)) return this.body.all(key);
    return atOffsets((this.fields.get(key) ?? []).filter((f) => f.photoPos === undefined));
  }

  /** Whether a text's flags now differ from those shown of it (a caption's also when its photo moved). */
  private differs(key: string, now: readonly PlacedFlag[], text: ArticleText | undefined): boolean {
    if (isBlockKey(key)) return !showsSame(this.body.locatedIn(key), now);
    const shown = this.fields.get(key) ?? [];
    if (key.startsWith('caption:') && shown.some((f) => f.photoPos !== text?.pos)) return true;
    return !showsSame(atOffsets(shown), now);
  }

  /**
   * Adds the texts renumbered since the last answer ("paragraph 12" is paragraph 11 now): unchanged, but their label
   * is shown, so they are placed again. While the blocks are the same ones (the keys, index by index), by index.
   */
  private relabelled(texts: readonly ArticleText[], compared: Set<string>): void {
    const before = this.texts;
    if (before.length === texts.length && texts.every((t, i) => t.key === before[i]!.key)) {
      texts.forEach((t, i) => t.label !== before[i]!.label && compared.add(t.key));
      return;
    }
    for (const t of texts) {
      const label = (isBlockKey(t.key) ? this.body.flagsOf(t.key) : this.fields.get(t.key))?.[0]?.label;
      if (label !== undefined && label !== t.label) compared.add(t.key);
    }
  }
}

/** Where a text's flags come in reading order: headline, standfirst, then the body's blocks and captions by number. */
function orderOf(where: string): number {
  if (where === 'headline') return -2;
  if (where === 'standfirst') return -1;
  return Number(where.slice(where.indexOf(':') + 1));
}

/** The first index in `list` (in reading order) whose text comes at or after `order` (after it, with `after`). */
function bound(list: readonly PlacedFlag[], order: number, after: boolean): number {
  let [a, b] = [0, list.length];
  while (a < b) {
    const mid = (a + b) >> 1;
    const o = orderOf(list[mid]!.where);
    if (o < order || (after && o === order)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The list with each replaced text's run of flags swapped for its new flags: slices copied, not every flag pushed. */
function withRuns(list: readonly PlacedFlag[], replaced: ReadonlyMap<string, readonly PlacedFlag[]>): PlacedFlag[] {
  const keys = [...replaced.keys()].sort((x, y) => orderOf(x) - orderOf(y));
  const parts: (readonly PlacedFlag[])[] = [];
  let at = 0;
  for (const key of keys) {
    const order = orderOf(key);
    const start = Math.max(at, bound(list, order, false));
    parts.push(list.slice(at, start), replaced.get(key)!);
    at = Math.max(start, bound(list, order, true));
  }
  parts.push(list.slice(at));
  return ([] as PlacedFlag[]).concat(...parts);
}
