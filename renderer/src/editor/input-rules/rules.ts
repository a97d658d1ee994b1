// Typing shortcuts: typographic quotes and dashes, and Markdown-ish block starts.
import {
  inputRules,
  smartQuotes,
  emDash,
  ellipsis,
  wrappingInputRule,
  textblockTypeInputRule,
  InputRule,
} from 'prosemirror-inputrules';
import { TextSelection, type Plugin } from 'prosemirror-state';
import { nodes, marks } from '../schema-types';

const { blockquote, bullet_list, ordered_list, heading, horizontal_rule, paragraph } = nodes;

/** "---" (or "—-" once the em-dash rule has fired) alone in a paragraph: a horizontal rule. */
const ruleLine = new InputRule(/^(?:---|—-)$/, (state, _match, start, end) => {
  const $start = state.doc.resolve(start);
  if ($start.depth !== 1 || $start.parent.content.size !== end - $start.start()) return null;
  const tr = state.tr.replaceWith($start.before(), $start.after(), [horizontal_rule.create(), paragraph.create()]);
  return tr.setSelection(TextSelection.create(tr.doc, $start.before() + 2));
});

export function editorInputRules(): Plugin {
  return inputRules({
    rules: [
      ...smartQuotes,
      ellipsis,
      ruleLine,
      emDash,
      wrappingInputRule(/^\s*>\s$/, blockquote),
      wrappingInputRule(/^\s*([-+*])\s$/, bullet_list),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        ordered_list,
        (match) => ({ order: Math.max(1, Number(match[1])) }),
        (match, node) => node.childCount + (node.attrs.order as number) === Number(match[1]),
      ),
      textblockTypeInputRule(/^(#{2,4})\s$/, heading, (match) => ({ level: match[1]!.length })),
    ],
  });
}
