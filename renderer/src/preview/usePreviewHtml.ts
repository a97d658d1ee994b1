// Renders the published page from the shared renderer — the same function the
// export uses — after a short pause in typing, never synchronously per keystroke.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../shared/article/fields';
import { renderArticlePage } from '../../../shared/render';
import type { PreviewContext } from '../../../shared/render/preview-context';
import type { Client } from '../ipc/client';
import type { DraftSource } from './draft';
import { PREVIEW_DEBOUNCE_MS } from './devices';
import { PREVIEW_IMAGE_ORIGINS, PreviewImages } from './preview-images';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function usePreviewHtml(opts: { client: Client; article: Article; draft: DraftSource; context: PreviewContext | null }) {
  const { client, article, draft, context } = opts;
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const renderNow = useRef<() => void>(() => {});

  const images = useMemo(() => new PreviewImages(client, () => renderNow.current()), [client]);

  renderNow.current = () => {
    if (!context) return;
    try {
      const current: Article = { ...article, ...draft.read() };
      setHtml(
        renderArticlePage(current, context.settings, {
          imageSrc: images.src,
          related: context.related,
          imageOrigins: PREVIEW_IMAGE_ORIGINS,
          timeZone: LOCAL_ZONE,
        }),
      );
      setError(null);
    } catch (e) {
      // A body the schema rejects mid-edit should not blank the pane: keep the last page.
      setError((e as Error).message);
    }
  };

  useEffect(() => {
    renderNow.current();
    const unsubscribe = draft.subscribe(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => renderNow.current(), PREVIEW_DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [draft, context, article]);

  return { html, error };
}
