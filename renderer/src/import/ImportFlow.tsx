// Import, from the renderer's side. File → Import… (main's native dialog), the
// Import… button or a file dropped on the window (read here and sent to
// importPreview) lead to the review panel; Keep stores the reviewed article
// with createArticle, Cancel stores nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/article/fields';
import type { ImportResult } from '../../../shared/import/assemble';
import type { Client } from '../ipc/client';
import { isAppError } from '../../../shared/errors/app-error';
import { ImportReview } from './ImportReview';
import { IMPORT_EXTENSIONS, isImportable } from '../../../shared/import/accepted';
import { fileToBase64 } from './read-file';
import './import.css';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'reviewing'; fileName: string; result: ImportResult; busy: boolean; error: string | null }
  | { kind: 'failed'; message: string };

export function ImportFlow({ client, onKept }: { client: Client; onKept(article: Article): void | Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const choose = useCallback(() => input.current?.click(), []);

  // File → Import…: a menu click gives the page no user activation, so main shows the
  // native dialog. Where there is none (the browser test host), the page's own chooser.
  const fromMenu = useCallback(async () => {
    try {
      const picked = await client.pickImportFile({});
      if (picked.status === 'picked') {
        setState({ kind: 'reviewing', fileName: picked.fileName, result: picked.result, busy: false, error: null });
      }
    } catch (error) {
      if (isAppError(error, 'unavailable')) choose();
      else setState({ kind: 'failed', message: (error as Error).message });
    }
  }, [client, choose]);
  useEffect(() => client.on('importFile', () => void fromMenu()), [client, fromMenu]);

  const start = useCallback(
    async (file: File) => {
      setState({ kind: 'reading', fileName: file.name });
      try {
        const data = await fileToBase64(file);
        const result = await client.importPreview({ fileName: file.name, data });
        setState({ kind: 'reviewing', fileName: file.name, result, busy: false, error: null });
      } catch (error) {
        setState({ kind: 'failed', message: (error as Error).message });
      }
    },
    [client],
  );

  // A text, HTML or Word file dropped anywhere on the window is imported; images and
  // anything the editor handles itself (it calls preventDefault) are left alone.
  useEffect(() => {
    const importable = (e: DragEvent) => [...(e.dataTransfer?.items ?? [])].some((i) => i.kind === 'file');
    const over = (e: DragEvent) => {
      if (!e.defaultPrevented && importable(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (e.defaultPrevented || !file || !isImportable(file.name)) return;
      e.preventDefault();
      void start(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  const keep = async () => {
    if (state.kind !== 'reviewing') return;
    setState({ ...state, busy: true, error: null });
    try {
      const article = await client.createArticle({ fields: state.result.fields });
      setState({ kind: 'idle' });
      await onKept(article);
    } catch (error) {
      setState({ ...state, busy: false, error: (error as Error).message });
    }
  };

  return (
    <>
      {/* Not disabled while reading: a disabled button drops focus, and the review panel hands focus back here. */}
      <button type="button" className="import-button" onClick={() => state.kind !== 'reading' && choose()} aria-busy={state.kind === 'reading'}>
        {state.kind === 'reading' ? 'Reading…' : 'Import…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_EXTENSIONS.join(',')}
        aria-label="Import a text, HTML or Word file"
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void start(file);
        }}
      />
      {state.kind === 'reviewing' && (
        <ImportReview
          fileName={state.fileName}
          result={state.result}
          busy={state.busy}
          error={state.error}
          onChange={(result) => setState({ ...state, result })}
          onKeep={() => void keep()}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="import-failed">
          <span>{state.message}</span>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
