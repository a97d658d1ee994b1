// The window-level History commands: View → History and Ctrl+Alt+Shift+H open
// the panel, File → Save Version… and Ctrl+S the Save Version dialog — each
// only while an article is open. App renders `HistoryDialogs` and passes
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

  const close = useCallback(() => setOpen(null), []);
  const saved = useCallback((text: string) => {
    setOpen(null);
    setMessage(text);
  }, []);
  return { open: articleId ? open : null, close, saved, openSaveVersion, showHistory, message, dismissMessage: () => setMessage(null) };
}

export type HistoryCommands = ReturnType<typeof useHistoryCommands>;

/** The History panel or the Save Version dialog, whichever the commands have open. */
export function HistoryDialogs({ history, client, session }: { history: HistoryCommands; client: Client; session: ArticleSession | null }) {
  if (!session || !history.open) return null;
  if (history.open === 'history')
    return (
      <HistoryPanel
        key={session.id}
        client={client}
        articleId={session.id}
        flush={() => session.flush()}
        restore={(version) => session.versions.restoreVersion(version)}
        onClose={history.close}
      />
    );
  return <SaveVersionDialog save={(name) => session.versions.saveVersion(name)} onDone={history.saved} onCancel={history.close} />;
}
