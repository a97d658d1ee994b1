// While the link editor has focus the body shows no selection of its own, so
// the text about to be linked is marked with a decoration instead.
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

const key = new PluginKey<DecorationSet>('linkTarget');

export function linkTargetPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const meta = tr.getMeta(key) as { from: number; to: number } | null | undefined;
        if (meta === null) return DecorationSet.empty;
        if (meta) return DecorationSet.create(tr.doc, [Decoration.inline(meta.from, meta.to, { class: 'link-target' })]);
        return set.map(tr.mapping, tr.doc);
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}

export function markLinkTarget(tr: Transaction, range: { from: number; to: number } | null): Transaction {
  return tr.setMeta(key, range && range.from < range.to ? range : null);
}
