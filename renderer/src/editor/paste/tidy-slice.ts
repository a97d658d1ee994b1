// After the schema has parsed a paste: drop empty paragraphs in the middle and
// trailing line breaks, which survive from sources that use <br> for spacing.
import { Fragment, Slice, type Node } from 'prosemirror-model';

function tidyFragment(fragment: Fragment, keepEdges: boolean): Fragment {
  const out: Node[] = [];
  fragment.forEach((node, _offset, index) => {
    const edge = keepEdges && (index === 0 || index === fragment.childCount - 1);
    if (node.isTextblock) {
      let content = node.content;
      while (content.lastChild?.type.name === 'hard_break') content = content.cut(0, content.size - content.lastChild.nodeSize);
      if (content.size === 0 && !edge) return;
      out.push(content === node.content ? node : node.copy(content));
    } else if (!node.isLeaf && !node.isAtom) {
      const content = tidyFragment(node.content, false);
      out.push(node.type.validContent(content) ? node.copy(content) : node);
    } else out.push(node);
  });
  return Fragment.from(out);
}

export function tidySlice(slice: Slice): Slice {
  const content = tidyFragment(slice.content, slice.openStart > 0 || slice.openEnd > 0);
  try {
    return new Slice(content, slice.openStart, slice.openEnd);
  } catch {
    return slice;
  }
}
