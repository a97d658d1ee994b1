// "Copy text from this version": the part of the old version the writer
// selected, or all of it when nothing is selected, onto the clipboard with
// its formatting (the editor's paste rules take it from there). The page's
// own copy command needs no clipboard permission, which the app grants none.
export function copyFrom(container: HTMLElement, number: number): { kind: 'ok' | 'error'; text: string } {
  const selection = window.getSelection();
  if (!selection) return { kind: 'error', text: 'Nothing could be copied.' };
  const range = selection.rangeCount ? selection.getRangeAt(0) : null;
  const inside = range && !range.collapsed && container.contains(range.commonAncestorContainer);
  if (!inside) {
    const all = document.createRange();
    all.selectNodeContents(container);
    selection.removeAllRanges();
    selection.addRange(all);
  }
  const copied = document.execCommand('copy');
  if (!inside) selection.removeAllRanges();
  if (!copied) return { kind: 'error', text: 'The text could not be copied: select it and press Ctrl+C.' };
  return { kind: 'ok', text: inside ? `Copied the selected text of version ${number}.` : `Copied the whole text of version ${number}.` };
}
