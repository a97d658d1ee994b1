// Edit → Copy HTML: the body fragment as HTML, with plain text alongside for
// apps that cannot take HTML. Both go in one clipboard item, written atomically.
import type { Clipboard } from 'electron';

type MakeItem = (items: Record<string, string>) => Electron.ClipboardItem;

export function clipboardWriter(
  clipboard: Pick<Clipboard, 'write'>,
  makeItem: MakeItem,
): (content: { html: string; text: string }) => Promise<void> {
  return ({ html, text }) => clipboard.write([makeItem({ 'text/html': html, 'text/plain': text })]);
}
