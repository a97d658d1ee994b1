// Before every commit React DOM measures the selection inside the focused
// element when that element's `contentEditable` property reads "true"
// (react-dom's getSelectionInformation): it walks every DOM node under it,
// adding up text lengths, to turn the selection into character offsets it could
// restore if focus moved during the commit. react-prosemirror commits on every
// keystroke, so with the caret in the body that walk covers the whole article
// on every key (8–14 ms per key at 5,000 paragraphs; bench/typing.ts).
// ProseMirror owns the body's selection and restores it itself, so the body
// answers "inherit" to the property React reads. The attribute is untouched:
// the browser's editing, `isContentEditable` and ProseMirror (which only asks
// whether a node is "false") see the same element as before. If focus does
// move during a commit, React still refocuses the body; ProseMirror then
// puts its own selection back.
const native = typeof HTMLElement === 'undefined' ? undefined : Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
const done = new WeakSet<HTMLElement>();

export function hideFromReactSelectionTracking(dom: HTMLElement): void {
  if (!native?.get || !native.set || done.has(dom)) return;
  done.add(dom);
  const { get, set } = native;
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value);
    },
  });
}
