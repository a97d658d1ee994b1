// The window-level History commands: View → History and Ctrl+Alt+Shift+H open
// the panel, File → Save Version… and Ctrl+S the Save Version dialog — each
// only while an article is open. App renders `elements` and passes
// `openSaveVersion` to the editor (whose body keymap has Mod-S).
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Client } from '../ipc/client';
import type { EditorHandle } from '../editor/ArticleEditor';
import { HistoryPanel } from './HistoryPanel';
import { SaveVersionDialog } from './SaveVersionDialog';

const mod = (e: KeyboardEvent) => e.ctrlKey !== e.metaKey && (e.ctrlKey || e.metaKey);
const isHistoryKey = (e: KeyboardEvent) => mod(e) && e.altKey && e.shiftKey && e.code === 'KeyH';
const isSaveKey = (e: KeyboardEvent) => mod(e) && !e.altKey && !e.shiftKey && e.code === 'KeyS';

export function useHistoryCommands(opts: { client: Client; articleId: string | null; editor: RefObject<EditorHandle | null> }) {
  const { client, articleId, editor } = opts;
  const [open, setOpen] = useState<'history' | 'save' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const showHistory = useCallback(() => articleId && setOpen((o) => (o === 'history' ? null : 'history')), [articleId]);
  const openSaveVersion = useCallback(() => articleId && setOpen('save'), [articleId]);

  useEffect(() => setOpen(null), [articleId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return; // the body's keymap had it (Mod-S there opens the dialog itself)
      if (isHistoryKey(e)) showHistory();
      else if (isSaveKey(e)) openSaveVersion();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showHistory, openSaveVersion]);
  useEffect(() => client.on('showHistory', () => void showHistory()), [client, showHistory]);
  useEffect(() => client.on('saveVersion', () => void openSaveVersion()), [client, openSaveVersion]);

  const handle = () => {
    if (!editor.current) throw new Error('Open an article first.');
    return editor.current;
  };
  const elements =
    open === 'history' && articleId ? (
      <HistoryPanel
        key={articleId}
        client={client}
        articleId={articleId}
        flush={() => editor.current?.flush() ?? Promise.resolve()}
        restore={(version) => handle().restoreVersion(version)}
        onClose={() => setOpen(null)}
      />
    ) : open === 'save' && articleId ? (
      <SaveVersionDialog
        save={(name) => handle().saveVersion(name)}
        onDone={(text) => {
          setOpen(null);
          setMessage(text);
        }}
        onCancel={() => setOpen(null)}
      />
    ) : null;
  return { elements, openSaveVersion, message, dismissMessage: () => setMessage(null) };
}
