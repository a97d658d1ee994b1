// The window-level commands around the preview: toggle it (shortcut and
// View → Toggle Preview), File → Export HTML… and Edit → Copy HTML. Pending
// saves are flushed first, so the file holds exactly what is on screen. Their
// keys and menu events are bound by app/useWindowCommands.ts.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../ipc/client';
import { photosLeftOutNotice } from '../../../shared/render/photo';

export function usePreviewCommands(opts: {
  client: Client;
  articleId: string | null;
  flush: () => Promise<void>;
  /** What the journalist should know before the copy leaves (open spelling flags, editorial notes): a warning, never a block. */
  warning?: () => string | null;
}) {
  const { client, articleId, flush } = opts;
  const warning = useRef(opts.warning);
  warning.current = opts.warning;
  const [previewOpen, setPreviewOpen] = useState(true);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const togglePreview = useCallback(() => setPreviewOpen((v) => !v), []);

  const exportHtml = useCallback(async () => {
    if (!articleId) return setMessage({ kind: 'error', text: 'Open an article to export it.' });
    try {
      await flush();
      const result = await client.exportArticleHtml({ id: articleId });
      setMessage(result.saved ? { kind: 'ok', text: [`Exported to ${result.path}.`, photosLeftOutNotice(result.photosLeftOut ?? 0), warning.current?.()].filter(Boolean).join(' ') } : null);
    } catch (e) {
      setMessage({ kind: 'error', text: `Export failed: ${(e as Error).message}` });
    }
  }, [client, articleId, flush]);

  const copyHtml = useCallback(async () => {
    if (!articleId) return setMessage({ kind: 'error', text: 'Open an article to copy its HTML.' });
    try {
      await flush();
      const copied = await client.copyArticleHtml({ id: articleId });
      setMessage({ kind: 'ok', text: ['Article HTML copied — paste it into the CMS.', photosLeftOutNotice(copied.photosLeftOut ?? 0), warning.current?.()].filter(Boolean).join(' ') });
    } catch (e) {
      setMessage({ kind: 'error', text: `Copy failed: ${(e as Error).message}` });
    }
  }, [client, articleId, flush]);

  return { previewOpen, togglePreview, exportHtml, copyHtml, message, dismissMessage: () => setMessage(null) };
}
