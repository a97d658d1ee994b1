// The attribution under a quote, edited inline like any other text. Rendered
// as a named group so assistive technology (and the tests) can find it.
import { useMergedDOMRefs, type NodeViewComponentProps } from '@handlewithcare/react-prosemirror';

export function AttributionView({ children, nodeProps, ref, ...props }: NodeViewComponentProps) {
  const empty = nodeProps.node.content.size === 0;
  return (
    <div
      {...props}
      ref={useMergedDOMRefs(ref, nodeProps.contentDOMRef)}
      className="attribution"
      role="group"
      aria-label="Attribution"
      data-empty={empty ? 'true' : undefined}
      data-placeholder="Who said it? (name, role or source)"
    >
      {children}
    </div>
  );
}
