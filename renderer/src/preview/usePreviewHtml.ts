// The published page for the preview pane, from the shared renderer — the one
// export uses — running in a Web Worker (render/), re-rendered after a short
// pause in typing, never on the keystroke path. What the main thread does per
// update: compare the body's top-level blocks by identity and send the ones
// that changed.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Node } from 'prosemirror-model';
import type { Article } from '../../../shared/article/fields';
import { schema } from '../../../shared/article/schema';
import type { PreviewContext } from '../../../shared/render/preview-context';
import type { Client } from '../ipc/client';
import type { DraftSource } from './draft';
import { PREVIEW_DEBOUNCE_MS } from './devices';
import { PREVIEW_IMAGE_ORIGINS, PreviewImages } from './preview-images';
import { PreviewRenderClient } from './render/render-client';
import { startPreviewWorker } from './render/start-worker';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function usePreviewHtml(opts: { client: Client; article: Article; draft: DraftSource; context: PreviewContext | null }) {
  const { client, article, draft, context } = opts;
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The stored body, for a preview opened before the editor has handed over its document.
  const storedDoc = useRef<{ article: Article; doc: Node } | null>(null);
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
      const { doc, ...fields } = draft.read();
      const { body, ...meta } = article;
      let bodyDoc = doc;
      if (!bodyDoc) {
        if (storedDoc.current?.article !== article) storedDoc.current = { article, doc: schema.nodeFromJSON(body) };
        bodyDoc = storedDoc.current.doc;
      }
      renderer.render({ article: { ...meta, ...fields }, doc: bodyDoc, context });
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
