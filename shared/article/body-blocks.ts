// A body sent as JSON text, checked at the cost of the blocks that changed.
// An autosave of a 5,000-paragraph body changes a block or two, yet parsing,
// checking and deriving the whole text cost ten times the raw write. The
// renderer sends, beside the text, each top-level block's length in it
// (renderer editor/save/body-text.ts); the text is cut at those lengths, and
// every block whose exact JSON text was seen in one of the last few bodies
// reuses what was worked out from that text then: its parsed JSON, its
// checked node, its plain text, word count, size and photos.
//
// Why a hit cannot be wrong: everything kept for a block is a pure function
// of its exact text (JSON.parse, the shape walk at depth 2, the schema,
// publishedText, countWords), whoever wrote the article and whatever it held
// before; nothing about a stored row is kept here (revisions, the photos a
// stored body uses, conflicts stay the store's). So nothing needs clearing
// when another writer, a restore, an import or the CLI writes.
//
// Why a cut cannot be wrong: the text outside the blocks must be exactly the
// document's wrapper and one comma between blocks, and the lengths must end at
// the text's end; each block must parse alone as one JSON object. Then the
// whole text parses to exactly those objects in that order. Anything else —
// lengths that do not fit, a block that is not a valid JSON object, a shape,
// limit or schema problem anywhere — returns null, and the caller parses and
// checks the whole text as before, with the same refusal in the same words.
import { Fragment, Node } from 'prosemirror-model';
import { LIMITS } from '../limits';
import { addPlainTextBlocks, rememberCheckedBody } from './body';
import { checkBodyShape, type BodySize } from './body-shape';
import { schema } from './schema';
import { countWords } from './word-count';

/** What a top-level block's exact JSON text is, worked out once. */
interface Block {
  /** Its JSON.parse, frozen: shared by every body that holds the block. */
  readonly json: object;
  readonly node: Node;
  /** Its non-empty plain-text blocks (shared/article/body.ts plainTextBlocks) and their words. */
  readonly texts: readonly string[];
  readonly words: number;
  readonly size: BodySize;
  readonly digests: ReadonlySet<string>;
}

/** Plain text and word count of a body checked block by block, summed from its blocks. */
export interface BlockDerived {
  texts: readonly string[];
  words: number;
}

const DOC_START = '{"type":"doc","content":[';
const DOC_END = ']}';
/** The blocks of this many of the last bodies parsed are kept (two articles edited by turns both hit). */
const BODIES_KEPT = 3;

const derivedOf = new WeakMap<object, BlockDerived>();

/** The plain text and word count of a body built by BlockCache.parse, from its blocks; undefined for any other body. */
export function blockDerivedOf(json: object): BlockDerived | undefined {
  return derivedOf.get(json);
}

/** A body's blocks as parsed: each one's exact text and what it is. */
interface ParsedBody {
  readonly keys: readonly string[];
  readonly blocks: readonly Block[];
  /** The same by text, built the first time a save changed many blocks at once. */
  byKey?: Map<string, Block>;
}

export class BlockCache {
  /** The last BODIES_KEPT bodies parsed, newest first: bounded by what those bodies hold. */
  private bodies: ParsedBody[] = [];

  /**
   * The body `text` as a JSON object, checked (checkBody, bodyFromJSON and
   * bodyJSONText answer for it as if it had been parsed whole), or null when
   * the lengths do not cut it into valid blocks or anything in it is not
   * accepted: the caller then parses the whole text.
   */
  parse(text: string, lengths: readonly number[]): object | null {
    const starts = cut(text, lengths);
    if (!starts) return null;
    const n = starts.length;
    const keys = new Array<string>(n);
    const blocks = new Array<Block>(n);
    // The blocks unchanged since the last body, found in place from its start and from its end
    // (compared where the block lies, without copying or hashing 5,000 block texts: see lies()).
    const last = this.bodies[0];
    let head = 0;
    let tail = 0;
    if (last) {
      const before = last.keys.length;
      while (head < n && head < before && lies(text, starts[head]!, lengths[head]!, last.keys[head]!)) {
        keys[head] = last.keys[head]!;
        blocks[head] = last.blocks[head]!;
        head++;
      }
      while (tail < n - head && tail < before - head && lies(text, starts[n - 1 - tail]!, lengths[n - 1 - tail]!, last.keys[before - 1 - tail]!)) {
        keys[n - 1 - tail] = last.keys[before - 1 - tail]!;
        blocks[n - 1 - tail] = last.blocks[before - 1 - tail]!;
        tail++;
      }
    }
    // The blocks in between: looked up by text when there are many (a paste, blocks moved), else parsed, which costs less than hashing.
    const lookUp = n - head - tail > FEW_BLOCKS;
    for (let i = head; i < n - tail; i++) {
      const key = ownCopy(text.slice(starts[i]!, starts[i]! + lengths[i]!));
      const block = (lookUp ? this.known(key) : undefined) ?? readBlock(key);
      if (!block) return null;
      keys[i] = key;
      blocks[i] = block;
    }
    const json = this.assemble(text, blocks);
    if (json) this.bodies = [{ keys, blocks }, ...this.bodies.slice(0, BODIES_KEPT - 1)];
    return json;
  }

  /** The document of these blocks, recorded as checked; null when the whole is not a body the full check would accept. */
  private assemble(text: string, blocks: readonly Block[]): object | null {
    const content = new Array<object>(blocks.length);
    const nodes = new Array<Node>(blocks.length);
    const texts: string[] = [];
    const digests = new Set<string>();
    // The document node itself counts as one, as in checkBodyShape's walk.
    const size: BodySize = { chars: 0, nodes: 1 };
    let words = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      content[i] = block.json;
      nodes[i] = block.node;
      for (const t of block.texts) texts.push(t);
      for (const d of block.digests) digests.add(d);
      words += block.words;
      size.chars += block.size.chars;
      size.nodes += block.size.nodes;
    }
    // The limits of the whole body (checkBodyShape counts them over the document); past one, the full check says which.
    if (size.nodes > LIMITS.bodyNodes || size.chars > LIMITS.bodyChars) return null;
    // What Node.fromJSON builds for the document, then the part of check() that is the document's own (its blocks passed theirs).
    const doc = schema.nodes.doc!.create(null, Fragment.fromArray(nodes));
    if (!doc.type.validContent(doc.content)) return null;
    const json = { type: 'doc', content };
    rememberCheckedBody(json, doc, { digests, size }, text);
    derivedOf.set(json, { texts, words });
    return json;
  }

  private known(key: string): Block | undefined {
    for (const body of this.bodies) {
      body.byKey ??= new Map(body.keys.map((k, i) => [k, body.blocks[i]!]));
      const block = body.byKey.get(key);
      if (block) return block;
    }
    return undefined;
  }
}

/** Below this many changed blocks, parsing them costs less than a table of the last body's blocks by text. */
const FEW_BLOCKS = 16;

/**
 * Where each block starts in `text`, when the text is exactly the document's
 * wrapper around blocks of these lengths, one comma between each two; else null.
 */
function cut(text: string, lengths: readonly number[]): number[] | null {
  if (lengths.length === 0 || !text.startsWith(DOC_START) || !text.endsWith(DOC_END)) return null;
  const end = text.length - DOC_END.length;
  const starts = new Array<number>(lengths.length);
  let at = DOC_START.length;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (i > 0 && text.charCodeAt(at++) !== 0x2c /* , */) return null;
    if (!Number.isSafeInteger(length) || length <= 0 || at + length > end) return null;
    starts[i] = at;
    at += length;
  }
  return at === end ? starts : null;
}

/**
 * Whether `key` is exactly the block of `text` at `start`, `length` long.
 * A slice of a flat string is a view, not a copy, and === on two flat strings
 * compares their bytes at once: over 5,000 blocks that cost a quarter of
 * startsWith(key, start), which compares character by character.
 */
function lies(text: string, start: number, length: number, key: string): boolean {
  return key.length === length && text.slice(start, start + length) === key;
}

/**
 * The same characters in a string of their own: a slice would keep the whole
 * body text it came from alive for as long as the block is kept, one body per
 * edited block.
 */
function ownCopy(slice: string): string {
  return (' ' + slice).slice(1);
}

/** One block's text worked out from scratch, or null if it is not a block the whole body's check would accept. */
function readBlock(text: string): Block | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const digests = new Set<string>();
  const size: BodySize = { chars: 0, nodes: 0 };
  if (checkBodyShape(json, digests, size, 2) !== null) return null;
  let node: Node;
  try {
    node = Node.fromJSON(schema, json);
    node.check();
  } catch {
    return null;
  }
  const texts: string[] = [];
  addPlainTextBlocks(node, texts);
  let words = 0;
  for (const t of texts) words += countWords(t);
  return { json: deepFreeze(json as object), node, texts, words, size, digests };
}

/** Shared between bodies, a block's JSON must never change: a stray write throws instead of altering a stored body. */
function deepFreeze<T extends object>(value: T): T {
  const stack: object[] = [value];
  while (stack.length > 0) {
    const next = stack.pop()!;
    Object.freeze(next);
    for (const child of Object.values(next)) if (typeof child === 'object' && child !== null) stack.push(child as object);
  }
  return value;
}
