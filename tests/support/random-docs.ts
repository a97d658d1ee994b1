// Random article bodies and edits for property tests (fast-check): every
// node and mark of the schema, headings of any level in any order (the
// renderer evens out skipped levels), photos whose images arrive later, and
// edits that, like ProseMirror's, keep every block they do not touch as the
// same object.
import fc from 'fast-check';
import { Fragment, Node } from 'prosemirror-model';
import { schema } from '../../shared/article/schema';

export const PHOTO_ASSETS = ['a'.repeat(64), 'b'.repeat(64)] as const;

const word = fc.constantFrom('flood', 'council', '<b>', 'rain & wind', '"quoted"', 'Zürich', 'x', ' ', '');
const text = fc.array(word, { minLength: 0, maxLength: 5 }).map((words) => words.join(' '));
const mark = fc.constantFrom(
  [] as string[],
  ['strong'],
  ['em'],
  ['link'],
  ['strong', 'em'],
);

function marksOf(names: string[]) {
  return names.map((name) => (name === 'link' ? schema.marks.link!.create({ href: 'https://example.com/a?b=1&c=2' }) : schema.marks[name]!.create()));
}

const inline = fc.array(fc.tuple(text, mark, fc.boolean()), { maxLength: 4 }).map((runs) => {
  const nodes: Node[] = [];
  for (const [t, m, br] of runs) {
    if (t) nodes.push(schema.text(t, marksOf(m)));
    if (br) nodes.push(schema.nodes.hard_break!.create());
  }
  return nodes;
});

const paragraph = inline.map((content) => schema.nodes.paragraph!.create(null, content));
const heading = fc.tuple(fc.constantFrom(2, 3, 4), inline).map(([level, content]) => schema.nodes.heading!.create({ level }, content));
const quote = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 2 }), fc.option(text, { nil: undefined }))
  .map(([paragraphs, who]) =>
    schema.nodes.blockquote!.create(null, [...paragraphs, ...(who === undefined ? [] : [schema.nodes.attribution!.create(null, who ? [schema.text(who)] : [])])]),
  );
const photo = fc
  .record({
    asset: fc.constantFrom<string | null>(null, ...PHOTO_ASSETS),
    alt: text,
    caption: text,
    photographer: fc.constantFrom('', 'Chip Somodevilla', 'Jane <Doe>'),
    agency: fc.constantFrom('', 'Getty Images', 'AP'),
  })
  .map((attrs) => schema.nodes.photo!.create(attrs));
const listItem = fc
  .tuple(paragraph, fc.option(heading, { nil: undefined }))
  .map(([first, extra]) => schema.nodes.list_item!.create(null, extra ? [first, extra] : [first]));
const list = fc
  .tuple(fc.boolean(), fc.array(listItem, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 4 }))
  .map(([ordered, items, order]) =>
    ordered ? schema.nodes.ordered_list!.create({ order }, items) : schema.nodes.bullet_list!.create(null, items),
  );
const rule = fc.constant(null).map(() => schema.nodes.horizontal_rule!.create());

export const block: fc.Arbitrary<Node> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 2, arbitrary: quote },
  { weight: 2, arbitrary: photo },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: rule },
);

export const body: fc.Arbitrary<Node> = fc.array(block, { minLength: 1, maxLength: 10 }).map((blocks) => schema.topNodeType.create(null, blocks));

/** One edit of the document's top-level blocks; `at` is taken modulo the block count. */
export type Edit =
  | { kind: 'replace'; at: number; block: Node }
  | { kind: 'insert'; at: number; block: Node }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'type'; at: number; text: string }
  /** A photo's image arrives (or turns out missing). */
  | { kind: 'image'; asset: string; resolved: boolean };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), block }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('a', ' ', '<', '&', 'é') }),
  fc.record({ kind: fc.constant('image' as const), asset: fc.constantFrom(...PHOTO_ASSETS), resolved: fc.boolean() }),
);

/** Applies an edit; untouched blocks stay the same objects. Image edits change `images`, not the document. */
export function applyEdit(doc: Node, e: Edit, images: Map<string, string>): Node {
  const blocks: Node[] = [];
  doc.forEach((b) => blocks.push(b));
  const i = 'at' in e ? e.at % blocks.length : 0;
  switch (e.kind) {
    case 'replace':
      blocks[i] = e.block;
      break;
    case 'insert':
      blocks.splice(i, 0, e.block);
      break;
    case 'delete':
      if (blocks.length > 1) blocks.splice(i, 1);
      break;
    case 'move': {
      const [moved] = blocks.splice(i, 1);
      blocks.splice(e.to % (blocks.length + 1), 0, moved!);
      break;
    }
    case 'type': {
      const target = blocks[i]!;
      // Typing at the end of a textblock; other blocks are left as they are (but rebuilt, as a step would).
      blocks[i] = target.isTextblock ? target.copy(target.content.append(Fragment.from(schema.text(e.text)))) : target.copy(target.content);
      break;
    }
    case 'image':
      if (e.resolved) images.set(e.asset, `data:image/png;base64,${e.asset.slice(0, 8)}AAAA`);
      else images.delete(e.asset);
      break;
  }
  return schema.topNodeType.create(null, blocks);
}
