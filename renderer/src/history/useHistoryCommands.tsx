// The window-level History commands: View → History and Ctrl+Alt+Shift+H open
// the panel (in the window's side area, beside the text), File → Save
// Version… and Ctrl+S the Save Version dialog — each only while an article is
// open. App renders `HistorySide` in the side area and `SaveVersion`.
import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../ipc/client';
import { HistoryPanel } from './HistoryPanel';
import { SaveVersionDialog } from './SaveVersionDialog';

import type { ArticleSession } from '../editor/session/article-session';

export function useHistoryCommands(opts: { client: Client; session: ArticleSession | null }) {
  const { client, session } = opts;
  const articleId = session?.id ?? null;
  const [panelOpen, setPanelOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const showHistory = useCallback(() => void (articleId && setPanelOpen((o) => !o)), [articleId]);
  const openSaveVersion = useCallback(() => void (articleId && setSaving(true)), [articleId]);
  useEffect(() => {
    setPanelOpen(false);
    setSaving(false);
  }, [articleId]);

  const closePanel = useCallback(() => setPanelOpen(false), []);
  const cancelSave = useCallback(() => setSaving(false), []);
  const saved = useCallback((text: string) => {
    setSaving(false);
    setMessage(text);
  }, []);
  return {
    client,
    panelOpen: !!articleId && panelOpen,
    saving: !!articleId && saving,
    closePanel,
    cancelSave,
    saved,
    openSaveVersion,
    showHistory,
    message,
    dismissMessage: () => setMessage(null),
  };
}

export type HistoryCommands = ReturnType<typeof useHistoryCommands>;

/** The History panel, for the side area while it is open. */
export function HistorySide({ history, session }: { history: HistoryCommands; session: ArticleSession }) {
  return (
    <HistoryPanel
      key={session.id}
      client={history.client}
      articleId={session.id}
      flush={() => session.flush()}
      restore={(version) => session.versions.restoreVersion(version)}
      onClose={history.closePanel}
    />
  );
}

/** File → Save Version…: a modal dialog for the optional name. */
export function SaveVersion({ history, session }: { history: HistoryCommands; session: ArticleSession | null }) {
  if (!session || !history.saving) return null;
  return <SaveVersionDialog save={(name) => session.versions.saveVersion(name)} onDone={history.saved} onCancel={history.cancelSave} />;
}
