// The window-level History commands: View → History and Ctrl+Alt+Shift+H open
// the panel, File → Save Version… and Ctrl+S the Save Version dialog — each
// only while an article is open. App renders `elements` and passes
// `openSaveVersion` to the editor (whose body keymap has Mod-S).
import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../ipc/client';
import { HistoryPanel } from './HistoryPanel';
import { SaveVersionDialog } from './SaveVersionDialog';

import type { ArticleSession } from '../editor/session/article-session';

export function useHistoryCommands(opts: { client: Client; session: ArticleSession | null }) {
  const { client, session } = opts;
  const articleId = session?.id ?? null;
  const [open, setOpen] = useState<'history' | 'save' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const showHistory = useCallback(() => void (articleId && setOpen((o) => (o === 'history' ? null : 'history'))), [articleId]);
  const openSaveVersion = useCallback(() => void (articleId && setOpen('save')), [articleId]);
  useEffect(() => setOpen(null), [articleId]);

  const handle = () => {
    if (!session) throw new Error('Open an article first.');
    return session.versions;
  };
  const elements =
    open === 'history' && articleId ? (
      <HistoryPanel
        key={articleId}
        client={client}
        articleId={articleId}
        flush={() => session?.flush() ?? Promise.resolve()}
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
  return { elements, openSaveVersion, showHistory, message, dismissMessage: () => setMessage(null) };
}
