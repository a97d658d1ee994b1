// Feeds a srcdoc frame one document at a time. Chromium sometimes drops a
// srcdoc change made while the frame's previous srcdoc document is still
// loading — the earlier load wins and the frame keeps showing the old page (or
// nothing: after a reload the preview stayed blank until the next edit). So a
// new document is handed to the frame only once the last one has loaded; the
// newest waiting one goes next, and any in between are skipped.
import { useCallback, useEffect, useRef, useState } from 'react';

/** A load that never reports back must not freeze the preview for good. */
const STUCK_AFTER_MS = 3000;

export function useFrameDocument(html: string): { shown: string; onLoad(): void } {
  const [shown, setShown] = useState('');
  // Read by the frame's load event; written after commit (the effect below, showLatest), never during render.
  const latest = useRef(html);
  const shownRef = useRef(shown);
  const loadingSince = useRef<number | null>(null);

  const showLatest = useCallback(() => {
    if (latest.current === shownRef.current) return;
    loadingSince.current = latest.current ? performance.now() : null;
    shownRef.current = latest.current;
    setShown(latest.current);
  }, []);

  useEffect(() => {
    latest.current = html;
    const since = loadingSince.current;
    if (since === null || performance.now() - since > STUCK_AFTER_MS) showLatest();
  }, [html, showLatest]);

  const onLoad = useCallback(() => {
    loadingSince.current = null;
    showLatest();
  }, [showLatest]);

  return { shown, onLoad };
}
