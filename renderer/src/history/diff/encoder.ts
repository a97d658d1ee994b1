// How prosemirror-changeset compares the tokens of two blocks. Its default
// sees characters and node names only, so a word made bold or a link pointed
// elsewhere would count as unchanged: this one puts the marks (with their
// attributes) into each character and the attributes into each node, encoded
// once per distinct set and compared as strings.
import type { Mark, Node } from 'prosemirror-model';
import type { TokenEncoder } from 'prosemirror-changeset';

const markKeys = new WeakMap<readonly Mark[], string>();

function keyOf(marks: readonly Mark[]): string {
  if (marks.length === 0) return '';
  let key = markKeys.get(marks);
  if (key === undefined) {
    key = marks.map((m) => (Object.keys(m.attrs).length ? `${m.type.name}${JSON.stringify(m.attrs)}` : m.type.name)).join('+');
    markKeys.set(marks, key);
  }
  return key;
}

export const ATTRIBUTE_ENCODER: TokenEncoder<string | number> = {
  // Unmarked text stays a number (cheap); marked text becomes "code:marks".
  encodeCharacter: (char, marks) => (marks.length ? `${char}:${keyOf(marks)}` : char),
  encodeNodeStart: (node: Node) => (Object.keys(node.attrs).length ? `${node.type.name}${JSON.stringify(node.attrs)}` : node.type.name),
  encodeNodeEnd: (node: Node) => `/${node.type.name}`,
  compareTokens: (a, b) => a === b,
};
