// The first look at an untrusted body, before ProseMirror's Node.fromJSON
// (which recurses, ignores keys it does not know and trusts value types):
// an iterative walk — no input can overflow the stack — that refuses
// unknown keys (they would be stored verbatim, whatever their size),
// values JSON cannot hold (BigInt, functions, NaN), cycles, unstorable
// characters, and anything past the limits in shared/limits.ts. Only what
// passes is handed to the schema check, whose recursion is then bounded by
// LIMITS.bodyDepth.
//
// The walk also collects, into `digests`, every string in the body that reads
// as a photo's sha256 (what electron/main/assets/release.ts counts as a
// reference): it sees every text and attribute value anyway, and a save then
// never walks the body again to find the photos it keeps.
import { LIMITS, firstUnstorableChar, groupThousands } from '../limits';
import { schema } from './schema';

const MARK_KEYS = new Set(['type', 'attrs']);
/** Per-attribute limits; other attributes are numbers, null or a sha256 the schema checks. */
const ATTR_LIMITS: Record<string, number> = {
  alt: LIMITS.alt,
  caption: LIMITS.caption,
  photographer: LIMITS.photographer,
  agency: LIMITS.agency,
  href: LIMITS.href,
};

const DIGEST = /^[0-9a-f]{64}$/i;

/** Adds `value` (lower case) to `digests` when it reads as a sha256. */
function noteDigest(value: string, digests: Set<string> | undefined): void {
  if (digests && value.length === 64 && DIGEST.test(value)) digests.add(value.toLowerCase());
}

/** What a shape walk counted in a body it accepted: the characters of its text and attributes, and its nodes. */
export interface BodySize {
  chars: number;
  nodes: number;
}

/**
 * null when the body's shape is acceptable, otherwise one sentence saying what
 * is wrong. `digests`, when given, receives every sha256-like string value;
 * `size`, when given, what an accepted body holds. `startDepth`: the level of
 * `json` in its document (1 for the document; 2 for one of its blocks,
 * checked alone by body-blocks.ts).
 */
export function checkBodyShape(json: unknown, digests?: Set<string>, size?: BodySize, startDepth = 1): string | null {
  let chars = 0;
  let nodes = 0;
  // The walk is depth-first, so the nodes above the one visited are exactly
  // path[0 … depth - 2]: a node found among them contains itself (a cycle).
  const path: object[] = [];
  // Two parallel stacks rather than an object per visit: a 5,000-paragraph body has over 10,000 nodes.
  const values: unknown[] = [json];
  const depths: number[] = [startDepth];
  while (values.length > 0) {
    const node = values.pop();
    const depth = depths.pop()!;
    const problem = plainObjectProblem(node, 'a body node');
    if (problem) return problem;
    const obj = node as Record<string, unknown>;
    path.length = depth - startDepth;
    if (path.includes(obj)) return 'the body refers back to itself (a node contains itself)';
    if (++nodes > LIMITS.bodyNodes) return `the body has more than ${groupThousands(LIMITS.bodyNodes)} nodes, the limit for one article`;
    if (depth > LIMITS.bodyDepth) return `the body is nested more than ${LIMITS.bodyDepth} levels deep, the limit for one article`;

    const type = obj.type;
    if (typeof type !== 'string') return 'every body node needs a "type" that is text';
    // A plain object (checked above) has only its own keys to enumerate.
    for (const key in obj) {
      // ProseMirror ignores what it does not know — `text` on a paragraph, `content` on text — and it would be stored as it came.
      const known = key === 'type' || key === 'attrs' || key === 'marks' || (type === 'text' ? key === 'text' : key === 'content');
      if (!known) return `the body node "${type.slice(0, 50)}" has an unknown key "${shortKey(key)}"`;
    }

    if ('text' in obj) {
      const text = obj.text;
      if (typeof text !== 'string') return `the text of a "${type}" node must be text`;
      if (text.length > LIMITS.textChars) {
        return `the body has a run of text ${groupThousands(text.length)} characters long; the limit is ${groupThousands(LIMITS.textChars)} characters per run of text`;
      }
      const bad = firstUnstorableChar(text);
      if (bad) return `the body text contains a control character (${bad}) that cannot be stored; remove it and try again`;
      noteDigest(text, digests);
      chars += text.length;
    }
    if ('attrs' in obj) {
      const attrProblem = checkAttrs(obj.attrs, `node "${type.slice(0, 50)}"`, schema.nodes[type]?.spec.attrs ?? (schema.nodes[type] ? {} : undefined), digests);
      if (typeof attrProblem === 'string') return attrProblem;
      chars += attrProblem;
    }
    if ('marks' in obj) {
      const marks = obj.marks;
      if (!Array.isArray(marks)) return `the marks of a "${type}" node must be a list`;
      if (marks.length > 10) return `a "${type}" node has more than 10 marks`;
      for (const mark of marks) {
        const markProblem = checkMark(mark, digests);
        if (typeof markProblem === 'string') return markProblem;
        chars += markProblem;
      }
    }
    if (chars > LIMITS.bodyChars) return `the body is longer than ${groupThousands(LIMITS.bodyChars)} characters, the limit for one article`;

    if ('content' in obj) {
      const content = obj.content;
      if (!Array.isArray(content)) return `the content of a "${type}" node must be a list`;
      if (content.length > LIMITS.bodyNodes) return `the body has more than ${groupThousands(LIMITS.bodyNodes)} nodes, the limit for one article`;
      path.push(obj);
      for (let i = content.length - 1; i >= 0; i--) {
        values.push(content[i]);
        depths.push(depth + 1);
      }
    }
  }
  if (size) {
    size.chars = chars;
    size.nodes = nodes;
  }
  return null;
}

function checkMark(mark: unknown, digests: Set<string> | undefined): string | number {
  const problem = plainObjectProblem(mark, 'a mark');
  if (problem) return problem;
  const obj = mark as Record<string, unknown>;
  if (typeof obj.type !== 'string') return 'every mark needs a "type" that is text';
  for (const key of Object.keys(obj)) {
    if (!MARK_KEYS.has(key)) return `the mark "${obj.type.slice(0, 50)}" has an unknown key "${shortKey(key)}"`;
  }
  return 'attrs' in obj ? checkAttrs(obj.attrs, `mark "${obj.type.slice(0, 50)}"`, schema.marks[obj.type]?.spec.attrs ?? (schema.marks[obj.type] ? {} : undefined), digests) : 0;
}

/** The characters the attributes hold, or what is wrong with them. */
function checkAttrs(attrs: unknown, owner: string, known: Record<string, unknown> | undefined, digests: Set<string> | undefined): string | number {
  const problem = plainObjectProblem(attrs, `the attributes of ${owner}`);
  if (problem) return problem;
  let chars = 0;
  for (const [name, value] of Object.entries(attrs as Record<string, unknown>)) {
    const label = `attribute "${shortKey(name)}" of ${owner}`;
    // An unknown type is said by the schema check; an attribute it does not have would be stored verbatim.
    if (known && !Object.prototype.hasOwnProperty.call(known, name)) return `the body ${owner} has an unknown attribute "${shortKey(name)}"`;
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${label} must be a finite number`;
      continue;
    }
    if (typeof value !== 'string') return `${label} must be text, a number or null`;
    const max = ATTR_LIMITS[name] ?? 200;
    if (value.length > max) return `${label} is longer than ${groupThousands(max)} characters`;
    const bad = firstUnstorableChar(value);
    if (bad) return `${label} contains a control character (${bad}) that cannot be stored; remove it and try again`;
    noteDigest(value, digests);
    chars += value.length;
  }
  return chars;
}

/** Only what JSON.parse can produce: plain objects (no class instances, no BigInt). */
function plainObjectProblem(value: unknown, what: string): string | null {
  if (typeof value === 'bigint') return `${what} is a number too large for JSON (BigInt)`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${what} must be an object`;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return `${what} must be a plain object`;
  return null;
}

function shortKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}
