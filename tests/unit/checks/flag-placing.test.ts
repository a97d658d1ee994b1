// Placing an answer text by text (flag-placing.ts, body-flags.ts) against
// placing it whole: after any run of edits (typing, deleting across blocks,
// Enter, paragraphs and photos added, captions and the headline changed),
// flags dropped by Mark correct, and answers from a checker whose findings
// also depend on other texts (a capitalised word used once is flagged, as the
// real checker's name rule does), the flags shown, where they are, and the
// list in reading order are those placing everything anew gives; between
// answers they move with the edits as a whole placement carried by a Mapping
// does; and a redraw replaces only the decorations of the texts that changed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EditorState, type Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { schema } from '../../../shared/article/schema';
import { articleTexts, type ArticleText } from '../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../shared/checks/flag';
import { changeFlags, checksPlugin, shownFlags, type LocatedFlag, type PlacedFlag } from '../../../renderer/src/editor/checks/checks-plugin';
import { windowChange } from '../../../renderer/src/editor/checks/body-flags';
import { FlagPlacing } from '../../../renderer/src/editor/checks/flag-placing';
import { doc, p, photo } from '../../support/docs';

const WORDS = ['the', 'teh', 'cat', 'recieved', 'Lavrov', 'Aleppo', 'sat', 'a', 'river', 'rose'];
const MISSPELT = new Set(['teh', 'recieved']);

/** A small checker with the real one's shape: findings per text, some of which depend on the other texts. */
function check(texts: readonly ArticleText[]): Map<string, CheckFlag[]> {
  const uses = new Map<string, number>();
  for (const t of texts) for (const m of t.text.matchAll(/[A-Za-z]+/g)) uses.set(m[0], (uses.get(m[0]) ?? 0) + 1);
  const out = new Map<string, CheckFlag[]>();
  for (const t of texts) {
    const flags: CheckFlag[] = [];
    let previous = '';
    for (const m of t.text.matchAll(/[A-Za-z]+/g)) {
      const [word, from] = [m[0], m.index];
      const flag = (kind: CheckFlag['kind'], ruleId: string, start = from) =>
        flags.push({ from: start, to: from + word.length, text: t.text.slice(start, from + word.length), kind, ruleId, category: kind, message: ruleId, suggestions: [], autoFix: false });
      if (MISSPELT.has(word)) flag('spelling', 'spelling');
      else if (/^[A-Z]/.test(word) && uses.get(word) === 1) flag('spelling', 'name');
      if (previous && previous.toLowerCase() === word.toLowerCase() && t.text.slice(from - previous.length - 1, from) === `${previous} `) flag('style', 'doubled', from - previous.length - 1);
      previous = word;
    }
    if (flags.length) out.set(t.key, flags);
  }
  return out;
}

type Op =
  | { type: 'type'; at: number; word: string }
  | { type: 'delete'; from: number; to: number }
  | { type: 'enter'; at: number }
  | { type: 'paragraph'; at: number; words: string[] }
  | { type: 'photo'; at: number; words: string[] }
  | { type: 'caption'; at: number; words: string[] }
  | { type: 'headline'; words: string[] }
  | { type: 'mark-correct'; word: string }
  | { type: 'answer' };

const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 });
const spot = fc.nat({ max: 10_000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('type' as const), at: spot, word: fc.constantFrom(...WORDS, 'x', ' ') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('delete' as const), from: spot, to: spot }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('enter' as const), at: spot }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('paragraph' as const), at: spot, words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('photo' as const), at: spot, words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('caption' as const), at: spot, words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('headline' as const), words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('mark-correct' as const), word: fc.constantFrom(...WORDS) }) },
  { weight: 4, arbitrary: fc.constant({ type: 'answer' as const }) },
);

/** The positions inside text blocks (where typing can go) and the top-level boundaries (where a block can go). */
function textPositions(node: Node): number[] {
  const out: number[] = [];
  node.descendants((n, pos) => {
    if (!n.isTextblock) return true;
    for (let i = 0; i <= n.content.size; i++) out.push(pos + 1 + i);
    return false;
  });
  return out;
}
function boundaries(node: Node): number[] {
  const out = [0];
  node.forEach((child, offset) => out.push(offset + child.nodeSize));
  return out;
}
const pick = <T,>(list: readonly T[], n: number) => list[n % list.length]!;

/** One edit as a transaction, or null when it does not apply to this document. */
function edit(state: EditorState, o: Op): Transaction | null {
  const { doc: d, tr } = { doc: state.doc, tr: state.tr };
  const inText = textPositions(d);
  switch (o.type) {
    case 'type':
      return inText.length ? tr.insertText(o.word, pick(inText, o.at)) : null;
    case 'delete': {
      const [a, b] = [o.from % (d.content.size + 1), o.to % (d.content.size + 1)];
      const [from, to] = [Math.min(a, b), Math.max(a, b)];
      return from < to ? tr.delete(from, to) : null;
    }
    case 'enter':
      return inText.length ? tr.split(pick(inText, o.at)) : null;
    case 'paragraph': {
      const node = schema.nodeFromJSON(o.words.length ? p(o.words.join(' ')) : p());
      return tr.insert(pick(boundaries(d), o.at), node);
    }
    case 'photo':
      return tr.insert(pick(boundaries(d), o.at), schema.nodeFromJSON(photo({ caption: o.words.join(' ') })));
    case 'caption': {
      const photos: number[] = [];
      d.forEach((child, offset) => child.type.name === 'photo' && photos.push(offset));
      if (!photos.length) return null;
      const at = pick(photos, o.at);
      return tr.setNodeMarkup(at, undefined, { ...d.nodeAt(at)!.attrs, caption: o.words.join(' ') });
    }
    default:
      return null;
  }
}

/** What a placed flag is, wherever it sits: what both placings must agree on. */
const finding = (f: PlacedFlag) => `${f.where}|${f.text}|${f.ruleId}|${f.label}|${f.mark.before}|${f.mark.after}|${f.range ? '' : `${f.from}-${f.to}|${f.photoPos ?? ''}`}`;
const where = (l: LocatedFlag) => `${l.from}-${l.to}|${finding(l.flag)}`;

function run(start: string[][], ops: Op[]) {
  let state = EditorState.create({ doc: schema.nodeFromJSON(doc(...start.map((w) => (w.length ? p(w.join(' ')) : p())))), plugins: [checksPlugin({ openAt: () => false, closeMenu: () => false })] });
  let headline = 'Teh headline';
  const marked = new Set<string>();
  const keep = (placed: PlacedFlag[]) => placed.filter((f) => !marked.has(f.text));
  const placing = new FlagPlacing();
  // The reference: every answer placed whole, then carried through the edits.
  let whole = new FlagPlacing();
  let held = new Map<string, string>();
  let found = new Map<string, CheckFlag[]>();
  let droppedSince = new Set<string>();
  let labels = new Map<string, string>();
  let version = 0;
  const answer = () => {
    const texts = articleTexts({ headline, standfirst: '' }, state.doc);
    const flags = check(texts);
    // What the feed hands over: the keys whose text or findings changed since the last answer.
    const changed = new Set<string>();
    for (const t of texts) if (held.get(t.key) !== t.text || JSON.stringify(found.get(t.key)) !== JSON.stringify(flags.get(t.key))) changed.add(t.key);
    for (const key of held.keys()) if (!texts.some((t) => t.key === key)) changed.add(key);
    [held, found] = [new Map(texts.map((t) => [t.key, t.text])), flags];
    const a = { version: ++version, flags, texts };
    const first = version === 1;
    const before = shownFlags(state);
    placing.answered(a, changed, keep);
    whole = new FlagPlacing();
    whole.answered(a, new Set(), keep);
    expect(placing.flags.map(finding)).toEqual(whole.flags.map(finding));
    expect(placing.body.all().map(where)).toEqual(whole.body.all().map(where));
    // Drawn (here: the whole body is "on screen"): only the decorations of the texts that changed are replaced.
    const { remove, add } = windowChange(before, placing.body.within(0, state.doc.content.size));
    state = state.apply(changeFlags(state.tr, remove, add));
    // Those whose flags the answer changed, those dropped since, those renumbered ("paragraph 3" is paragraph 2 now),
    // and a flag re-based onto another block of the same text (the block it was in went: its key names the next one).
    const relabelled = (key: string) => labels.get(key) !== texts.find((t) => t.key === key)?.label;
    const moved = (flag: PlacedFlag) => add.some((a) => a.flag === flag);
    if (!first) for (const r of remove) expect(changed.has(r.flag.where) || droppedSince.has(r.flag.where) || relabelled(r.flag.where) || moved(r.flag)).toBe(true);
    labels = new Map(texts.map((t) => [t.key, t.label]));
    droppedSince = new Set();
    expect(shownFlags(state).map(where).sort()).toEqual(placing.body.all().map(where).sort());
  };
  answer();
  for (const o of ops) {
    if (o.type === 'answer') answer();
    else if (o.type === 'headline') headline = o.words.join(' ');
    else if (o.type === 'mark-correct') {
      marked.add(o.word);
      for (const f of placing.flags) if (f.text === o.word) droppedSince.add(f.where);
      placing.drop((f) => f.text === o.word);
      whole.drop((f) => f.text === o.word);
    } else {
      const tr = edit(state, o);
      if (!tr) continue;
      state = state.apply(tr);
      placing.body.edited(tr);
      whole.body.edited(tr);
    }
    expect(placing.body.all().map(where)).toEqual(whole.body.all().map(where));
    const size = state.doc.content.size;
    const [lo, hi] = [Math.floor(size / 3), Math.floor((2 * size) / 3)];
    expect(placing.body.within(lo, hi)).toEqual(placing.body.all().filter((l) => l.to >= lo && l.from <= hi));
  }
  answer();
}

describe('placing an answer text by text', () => {
  it('shows what placing it whole shows, flags carried through any edits, decorations replaced only where texts changed', () => {
    const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.array(op, { maxLength: 40 }), (start, ops) => run(start, ops)),
      { numRuns: 500 },
    );
  });

  it('keeps an untouched paragraph’s flags, and a changed one’s unchanged flags, as the same objects, re-based where their text now starts', () => {
    const placing = new FlagPlacing();
    let state = EditorState.create({ doc: schema.nodeFromJSON(doc(p('one teh.'), p('two recieved.'))) });
    const answerNow = (changed: string[], version: number) => {
      const texts = articleTexts({ headline: '', standfirst: '' }, state.doc);
      return placing.answered({ version, flags: check(texts), texts }, new Set(changed), (f) => f);
    };
    const first = [...answerNow([], 1)!];
    const tr = state.tr.insertText('more ', 1);
    state = state.apply(tr);
    placing.body.edited(tr);
    // Only block:0 is said to have changed, and its flag is where the edit carried it: nothing new to show.
    expect(answerNow(['block:0'], 2)).toBeNull();
    const second = state.tr.insertText('teh ', 1);
    state = state.apply(second);
    placing.body.edited(second);
    const shown = answerNow(['block:0'], 3)!;
    expect(shown.map((f) => f.text)).toEqual(['teh', 'teh', 'recieved']);
    // The new "teh" is a new flag; the one that was there keeps its object (its id, its decoration, a menu open on it).
    expect([shown[1], shown[2]]).toEqual([first[0], first[1]]);
    expect(shown[1]).toBe(first[0]);
    expect(placing.body.all().map((l) => [state.doc.textBetween(l.from, l.to), l.flag.id])).toEqual([['teh', '3:block:0:0'], ['teh', first[0]!.id], ['recieved', first[1]!.id]]);
  });
});
