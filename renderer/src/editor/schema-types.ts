// The shared schema's node and mark types by name, typed as present (the
// schema is built from a string-keyed record, so TypeScript cannot know).
import type { MarkType, NodeType } from 'prosemirror-model';
import { schema, type MarkName, type NodeName } from '../../../shared/article/schema';

function node(name: NodeName): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`the schema has no node "${name}"`);
  return type;
}
function mark(name: MarkName): MarkType {
  const type = schema.marks[name];
  if (!type) throw new Error(`the schema has no mark "${name}"`);
  return type;
}

export const nodes = {
  doc: node('doc'),
  paragraph: node('paragraph'),
  heading: node('heading'),
  blockquote: node('blockquote'),
  attribution: node('attribution'),
  photo: node('photo'),
  bullet_list: node('bullet_list'),
  ordered_list: node('ordered_list'),
  list_item: node('list_item'),
  horizontal_rule: node('horizontal_rule'),
  hard_break: node('hard_break'),
  text: node('text'),
};

export const marks = { note: mark('note'), strong: mark('strong'), em: mark('em'), link: mark('link') };
