// The published page for the preview pane, from the shared renderer — the one
// export uses — running in a Web Worker (render/), re-rendered after a short
// pause in typing, never on the keystroke path. What the main thread does per
// update: compare the body's top-level blocks by identity and send the ones
// that changed.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../shared/article/fields';
import type { PreviewContext } from '../../../shared/render/preview-context';
import type { Client } from '../ipc/client';
import type { DraftSource } from './draft';
import { PREVIEW_DEBOUNCE_MS } from './devices';
import { PREVIEW_IMAGE_ORIGINS, PreviewImages } from './preview-images';
import { PreviewRenderClient } from './render/render-client';
import { startPreviewWorker } from './render/start-worker';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function usePreviewHtml(opts: { client: Client; article: ArticleMeta; draft: DraftSource; context: PreviewContext | null }) {
  const { client, article, draft, context } = opts;
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const renderer = useMemo(() => {
    let images: PreviewImages | null = null;
    const renderClient = new PreviewRenderClient({
      startWorker: startPreviewWorker,
      imageSrc: (sha) => images!.src(sha),
      imageOrigins: PREVIEW_IMAGE_ORIGINS,
      timeZone: LOCAL_ZONE,
      onPage: (page) => {
        setHtml(page);
        setError(null);
      },
      // A body the schema rejects mid-edit should not blank the pane: keep the last page.
      onError: setError,
    });
    images = new PreviewImages(client, (sha, answer) => renderClient.imageResolved(sha, answer));
    return renderClient;
  }, [client]);
  useEffect(() => () => renderer.dispose(), [renderer]);

  useEffect(() => {
    if (!context) return;
    const renderNow = () => {
      // The article session hands over its document from the moment it opens.
      const { doc, ...fields } = draft.read();
      if (!doc) return;
      renderer.render({ article: { ...article, ...fields }, doc, context });
    };
    renderNow();
    const unsubscribe = draft.subscribe(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(renderNow, PREVIEW_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [draft, context, article, renderer]);

  return { html, error };
}
