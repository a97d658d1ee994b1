// Two article bodies compared, as a tree of blocks the History panel renders.
// Blocks are aligned first (the `diff` library's array diff, a block equal to
// a block when its whole content and attributes are), so a removed paragraph
// shows as a removed paragraph; then each changed block is paired with the
// block it became, and the words inside a pair are compared by
// prosemirror-changeset with an encoder that sees marks and attributes, so
// bold added to a word, a changed link or a changed subhead level is a change.
// Pure: no DOM, no React (tests/unit/history/body-diff.test.ts).
import { diffArrays } from 'diff';
import { ChangeSet, simplifyChanges, type Change } from 'prosemirror-changeset';
import { Slice, type Mark, type Node } from 'prosemirror-model';
import { ReplaceStep } from 'prosemirror-transform';
import { schema } from '../../../../shared/article/schema';
import { ATTRIBUTE_ENCODER } from './encoder';
import { wordParts, type TextPart } from './text-parts';

export type BlockChange = 'same' | 'added' | 'removed' | 'changed';

export interface InlineRun {
  text: string;
  /** Mark names, and the link's address when there is one. */
  marks: readonly string[];
  href?: string;
  /** ins/del: added or removed text; format: the same text with other formatting. */
  kind: 'same' | 'ins' | 'del' | 'format';
  lineBreak?: boolean;
}

export interface AttrChange {
  label: string;
  parts: TextPart[];
}

export interface DiffBlock {
  type: string;
  attrs: Record<string, unknown>;
  change: BlockChange;
  runs?: InlineRun[];
  children?: DiffBlock[];
  /** What changed about the block itself ("Was body text, now a subhead"), in words. */
  notes?: string[];
  /** Photos: which of their texts changed, word by word. */
  attrChanges?: AttrChange[];
}

const TYPE_NAMES: Record<string, string> = {
  paragraph: 'body text',
  heading: 'a subhead',
  attribution: 'an attribution',
};

/** Compares two bodies (ProseMirror docs of the shared schema): the blocks of b, with what a had and b lost. */
export function diffBodies(a: Node, b: Node): DiffBlock[] {
  return alignChildren(a, b);
}

/** One body on its own, every block unchanged (the panel's "This version"). */
export function plainBlocks(doc: Node): DiffBlock[] {
  const out: DiffBlock[] = [];
  doc.forEach((child) => out.push(whole(child, 'same')));
  return out;
}

function children(node: Node): Node[] {
  const list: Node[] = [];
  node.forEach((child) => list.push(child));
  return list;
}

function alignChildren(a: Node, b: Node): DiffBlock[] {
  const parts = diffArrays(children(a), children(b), { comparator: (x, y) => x.eq(y) });
  const out: DiffBlock[] = [];
  let removed: Node[] = [];
  let added: Node[] = [];
  const settle = () => {
    out.push(...pairRegion(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      settle();
      for (const node of part.value) out.push(whole(node, 'same'));
    }
  }
  settle();
  return out;
}

/**
 * A run of removed blocks against the added ones in their place: each added
 * block is paired with the next removed block it resembles (same kind, words in
 * common); removed blocks passed over show as removed, in their old order.
 */
function pairRegion(removed: Node[], added: Node[]): DiffBlock[] {
  const out: DiffBlock[] = [];
  let next = 0;
  for (const b of added) {
    const match = removed.findIndex((a, i) => i >= next && resembles(a, b));
    if (match < 0) {
      out.push(whole(b, 'added'));
      continue;
    }
    for (; next < match; next++) out.push(whole(removed[next]!, 'removed'));
    out.push(diffPair(removed[match]!, b));
    next = match + 1;
  }
  for (; next < removed.length; next++) out.push(whole(removed[next]!, 'removed'));
  return out;
}

function resembles(a: Node, b: Node): boolean {
  if (a.isTextblock && b.isTextblock) return similarity(words(a), words(b)) >= 0.25;
  if (a.type !== b.type) return false;
  if (a.type.name === 'photo') return a.attrs.asset === b.attrs.asset || a.attrs.caption === b.attrs.caption;
  return a.isLeaf || similarity(words(a), words(b)) >= 0.25;
}

function words(node: Node): string {
  return node.textBetween(0, node.content.size, ' ', ' ');
}

/** Words in common over words in either (1 for two empty texts). */
function similarity(a: string, b: string): number {
  const wordsA = new Set(a.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
  const wordsB = new Set(b.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
  if (wordsA.size === 0 && wordsB.size === 0) return 1;
  let shared = 0;
  for (const w of wordsA) if (wordsB.has(w)) shared++;
  return shared / (wordsA.size + wordsB.size - shared);
}

function diffPair(a: Node, b: Node): DiffBlock {
  if (a.isTextblock && b.isTextblock) {
    const notes: string[] = [];
    if (a.type !== b.type) notes.push(`Was ${TYPE_NAMES[a.type.name] ?? a.type.name}, now ${TYPE_NAMES[b.type.name] ?? b.type.name}`);
    else if (a.type.name === 'heading' && a.attrs.level !== b.attrs.level) notes.push(`Subhead level ${String(a.attrs.level)} → ${String(b.attrs.level)}`);
    return { type: b.type.name, attrs: b.attrs, change: 'changed', runs: inlineDiff(a, b), ...(notes.length ? { notes } : {}) };
  }
  if (b.type.name === 'photo') return { type: 'photo', attrs: b.attrs, change: 'changed', attrChanges: photoChanges(a, b) };
  const notes = a.type.name === 'ordered_list' && a.attrs.order !== b.attrs.order ? [`Numbering starts at ${String(b.attrs.order)} (was ${String(a.attrs.order)})`] : [];
  return { type: b.type.name, attrs: b.attrs, change: 'changed', children: alignChildren(a, b), ...(notes.length ? { notes } : {}) };
}

const PHOTO_TEXTS: Array<[string, string]> = [
  ['caption', 'Caption'],
  ['photographer', 'Photographer'],
  ['agency', 'Agency'],
  ['alt', 'Description (alt text)'],
];

function photoChanges(a: Node, b: Node): AttrChange[] {
  const out: AttrChange[] = [];
  if (a.attrs.asset !== b.attrs.asset) out.push({ label: 'Image', parts: [{ value: b.attrs.asset ? 'replaced' : 'removed', kind: 'same' }] });
  for (const [attr, label] of PHOTO_TEXTS) {
    const before = String(a.attrs[attr] ?? '');
    const after = String(b.attrs[attr] ?? '');
    if (before !== after) out.push({ label, parts: wordParts(before, after) });
  }
  return out;
}

/** The words of two text blocks compared: b's text, with a's removed text where it was. */
function inlineDiff(a: Node, b: Node): InlineRun[] {
  const docA = schema.topNodeType.create(null, a);
  const docB = schema.topNodeType.create(null, b);
  const step = new ReplaceStep(0, docA.content.size, new Slice(docB.content, 0, 0));
  const set = ChangeSet.create(docA, undefined, ATTRIBUTE_ENCODER).addSteps(docB, [step.getMap()], null);
  const changes = simplifyChanges(set.changes, docB);
  const runs: InlineRun[] = [];
  // Positions inside the one-block docs: the block's content runs from 1 to its size + 1.
  const endB = b.content.size + 1;
  let pos = 1;
  for (const change of changes) {
    const fromB = clamp(change.fromB, 1, endB);
    const toB = clamp(change.toB, 1, endB);
    if (fromB > pos) runs.push(...runsOf(b, pos - 1, fromB - 1, 'same'));
    runs.push(...changedRuns(a, b, change, fromB, toB));
    pos = Math.max(pos, toB);
  }
  if (pos < endB) runs.push(...runsOf(b, pos - 1, endB - 1, 'same'));
  return merge(runs);
}

function changedRuns(a: Node, b: Node, change: Change, fromB: number, toB: number): InlineRun[] {
  const endA = a.content.size + 1;
  const fromA = clamp(change.fromA, 1, endA);
  const toA = clamp(change.toA, 1, endA);
  const removed = fromA < toA ? a.textBetween(fromA - 1, toA - 1, '\n', '\n') : '';
  const addedText = fromB < toB ? b.textBetween(fromB - 1, toB - 1, '\n', '\n') : '';
  // The same words with other marks: one change, "formatting", not a deletion and an insertion.
  if (removed !== '' && removed === addedText) return runsOf(b, fromB - 1, toB - 1, 'format');
  return [...(fromA < toA ? runsOf(a, fromA - 1, toA - 1, 'del') : []), ...(fromB < toB ? runsOf(b, fromB - 1, toB - 1, 'ins') : [])];
}

/** The inline content of a text block between two offsets in it, as runs of one kind. */
function runsOf(block: Node, from: number, to: number, kind: InlineRun['kind']): InlineRun[] {
  const runs: InlineRun[] = [];
  block.forEach((child, offset) => {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + child.nodeSize);
    if (start >= end) return;
    if (child.isText) runs.push(run(child.text!.slice(start - offset, end - offset), child.marks, kind));
    else if (child.type.name === 'hard_break') runs.push({ text: '\n', marks: [], kind, lineBreak: true });
  });
  return runs;
}

function run(text: string, marks: readonly Mark[], kind: InlineRun['kind']): InlineRun {
  const link = marks.find((m) => m.type.name === 'link');
  return { text, marks: marks.map((m) => m.type.name), kind, ...(link ? { href: link.attrs.href as string } : {}) };
}

function merge(runs: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !last.lineBreak && !r.lineBreak && last.kind === r.kind && last.href === r.href && last.marks.join() === r.marks.join()) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** A block shown whole: unchanged, or all of it added or removed. */
function whole(node: Node, change: BlockChange): DiffBlock {
  const kind: InlineRun['kind'] = change === 'added' ? 'ins' : change === 'removed' ? 'del' : 'same';
  if (node.isTextblock) return { type: node.type.name, attrs: node.attrs, change, runs: merge(runsOf(node, 0, node.content.size, kind)) };
  if (node.isLeaf) return { type: node.type.name, attrs: node.attrs, change };
  return { type: node.type.name, attrs: node.attrs, change, children: children(node).map((child) => whole(child, change)) };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
