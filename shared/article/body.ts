// Checks a body against the schema and derives its plain text. Used by the
// zod boundary schemas and again by the store right before every write.
import { Node } from 'prosemirror-model';
import { publishedText } from './notes';
import { schema } from './schema';
import { checkBodyShape, type BodySize } from './body-shape';

// Parsing and checking a body is the costly part of a save (a 5,000-paragraph
// body takes tens of milliseconds), and one save used to do it four times: the
// IPC schema, the store's schema, its explicit check, and the plain-text
// derivation. The checked node is remembered for the JSON object it came from,
// so every later step of the same save reuses it. A body object is never
// mutated once it has been checked (IPC payloads and parsed rows are fresh
// objects nobody edits), which is what makes reuse by identity sound; the
// entry goes when the object does.
const checked = new WeakMap<object, Node>();
// The same for the whole check: a body that passed checkBody (shape, limits,
// characters and schema) is remembered with the photo digests its walk found,
// so the store's own check of the body dispatch just checked, and dispatch's
// check of the article the store just read (getArticle's answer), cost a
// lookup instead of a second walk.
const accepted = new WeakMap<object, { digests: ReadonlySet<string>; size: BodySize }>();
// The JSON text a body was parsed from, when it came as text (an autosave
// sends its body as the text of its blocks, renderer editor/save/body-text.ts):
// once the body is accepted, that text is what the store writes, instead of
// serializing again the object just parsed from it (bodyJSONText).
const sentText = new WeakMap<object, string>();

/** Builds a checked ProseMirror node from untrusted JSON, or throws a readable RangeError. */
export function bodyFromJSON(json: unknown): Node {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new RangeError('the body must be a ProseMirror document object');
  }
  const known = checked.get(json);
  if (known) return known;
  if ((json as { type?: unknown }).type !== 'doc') {
    throw new RangeError('the body must be a document whose type is "doc"');
  }
  const node = Node.fromJSON(schema, json);
  node.check();
  checked.set(json, node);
  return node;
}

/**
 * null when the body is valid, otherwise one sentence saying what is wrong:
 * first its shape and size (body-shape.ts: unknown keys, limits, values JSON
 * cannot hold), then the schema. Every path into the store comes through here.
 */
export function checkBody(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'the body must be a ProseMirror document object';
  if (accepted.has(json)) return null;
  if ((json as { type?: unknown }).type !== 'doc') return 'the body must be a document whose type is "doc"';
  const digests = new Set<string>();
  const size: BodySize = { chars: 0, nodes: 0 };
  const shape = checkBodyShape(json, digests, size);
  if (shape) return shape;
  try {
    bodyFromJSON(json);
  } catch (error) {
    return describeSchemaError(error);
  }
  accepted.set(json, { digests, size });
  return null;
}

/**
 * Records a body that was checked block by block (body-blocks.ts) exactly as
 * checkBody, bodyFromJSON and bodyFromText would have recorded it: its node,
 * the photos and size its shape walk found, and the text it was parsed from.
 * Only for a body built from blocks that each passed checkBodyShape and the
 * schema, whose node passed the document's own content check.
 */
export function rememberCheckedBody(json: object, node: Node, found: { digests: ReadonlySet<string>; size: BodySize }, text: string): void {
  checked.set(json, node);
  accepted.set(json, found);
  sentText.set(json, text);
}

/** Parses a body sent as JSON text, remembering the text for bodyJSONText. Throws JSON.parse's SyntaxError. */
export function bodyFromText(text: string): unknown {
  const json = JSON.parse(text) as unknown;
  if (typeof json === 'object' && json !== null) sentText.set(json, text);
  return json;
}

/**
 * Generous room per node for what is not its characters: the type, the keys,
 * punctuation, numbers, marks (a photo's JSON is ~130 characters besides its
 * texts). A JSON text longer than twice its characters (every " or \ escaped)
 * plus this per node is not the renderer's compact JSON.
 */
const JSON_CHARS_PER_NODE = 256;

/**
 * The body as the JSON text to store. For a body that came as text and was
 * accepted by checkBody, that same text — parsing it again gives exactly the
 * object that was checked, which nobody mutates — unless it is longer than a
 * compact JSON of what it holds could be (whitespace, needless escapes or
 * repeated keys would be stored as they came): then, like any other body, its
 * JSON.stringify.
 */
export function bodyJSONText(json: object): string {
  const text = sentText.get(json);
  const size = accepted.get(json)?.size;
  if (text !== undefined && size && text.length <= 2 * size.chars + JSON_CHARS_PER_NODE * size.nodes) return text;
  return JSON.stringify(json);
}

/**
 * Every string in a body checkBody accepted that reads as a photo's sha256
 * (lower case), found by its walk; undefined for a body it has not accepted.
 */
export function photoDigestsOf(json: object): ReadonlySet<string> | undefined {
  return accepted.get(json)?.digests;
}

function describeSchemaError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const unknownNode = /Unknown node type: (.*)/.exec(raw);
  if (unknownNode) return `the body uses an unknown node type "${unknownNode[1]}"`;
  const unknownMark = /There is no mark type (\S+)/.exec(raw);
  if (unknownMark) return `the body uses an unknown mark type "${unknownMark[1]}"`;
  const badAttr = /Error while checking attribute (\S+) for (node|mark) (\S+): (.*)/.exec(raw);
  if (badAttr) return `invalid ${badAttr[2]} "${badAttr[3]}": ${badAttr[4]}`;
  const badContent = /Invalid content for node (\S+)/.exec(raw);
  if (badContent) return `the body has content that is not allowed inside "${badContent[1]}"`;
  return `the body is not a valid article document (${raw})`;
}

/** Paragraph-separated plain text of a body, editorial notes left out: what search and word counts see. */
export function plainText(doc: Node): string {
  return plainTextBlocks(doc).join(PLAIN_TEXT_SEPARATOR);
}

/** What separates the blocks of plainText: no word spans it, so a body's word count is the sum of its blocks'. */
export const PLAIN_TEXT_SEPARATOR = '\n\n';

/** The non-empty blocks of plainText, in order (textblocks, photo captions). */
export function plainTextBlocks(doc: Node): string[] {
  const blocks: string[] = [];
  doc.forEach((block) => addPlainTextBlocks(block, blocks));
  return blocks;
}

/**
 * Appends the non-empty plainText blocks of one node of a body and what it
 * holds (a top-level block's share of plainTextBlocks, which is their
 * concatenation in document order).
 */
export function addPlainTextBlocks(node: Node, into: string[]): void {
  const visit = (child: Node): boolean => {
    if (child.isTextblock) {
      // Editorial notes never publish, so plain text (search, word counts, Copy HTML's text) leaves them out.
      const text = publishedText(child);
      if (text) into.push(text);
      return false;
    }
    if (child.type.name === 'photo') {
      const caption = child.attrs.caption as string;
      if (caption) into.push(caption);
      return false;
    }
    return true;
  };
  if (visit(node)) node.descendants(visit);
}
