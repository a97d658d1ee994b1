// The published-layout preview beside the editor: exactly what export writes,
// in a sandboxed frame (sandbox="" — no scripts, no forms, no navigation of the
// app; the page's own CSP allows no network), at phone, tablet or desktop width.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../shared/article/fields';
import type { PreviewContext } from '../../../shared/render/preview-context';
import type { Client } from '../ipc/client';
import { DEVICES, type DeviceId } from './devices';
import type { DraftSource } from './draft';
import { usePreviewHtml } from './usePreviewHtml';
import { frameScale } from './frame-scale';
import { useFrameDocument } from './useFrameDocument';
import './preview.css';

export function PreviewPane(props: {
  client: Client;
  article: ArticleMeta;
  draft: DraftSource;
  settingsVersion: number;
  /** The width shown, kept by the window's layout (a wide page asks the layout for more room). */
  device: DeviceId;
  onDevice(device: DeviceId): void;
  onExport(): void;
}) {
  const { client, article, draft, settingsVersion, device } = props;
  const [context, setContext] = useState<PreviewContext | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [stageWidth, setStageWidth] = useState(0);

  useEffect(() => {
    let live = true;
    client
      .getPreviewContext({ id: article.id })
      .then((c) => live && (setContext(c), setLoadError(null)))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [client, article.id, settingsVersion]);

  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setStageWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const { html, error } = usePreviewHtml({ client, article, draft, context });
  const frame = useFrameDocument(html);
  const width = DEVICES.find((d) => d.id === device)!.width;
  // Phone and tablet shown whole; a desktop page only until its column fits, its margins scrolling sideways.
  const scale = frameScale(stageWidth - 16, width);
  const frameStyle = { width, height: `${100 / scale}%`, transform: `scale(${scale})` };
  // A page wider than the pane opens on its middle, where the article is.
  useLayoutEffect(() => {
    const el = stage.current;
    if (el) el.scrollLeft = Math.max(0, (el.scrollWidth - el.clientWidth) / 2);
  }, [device, stageWidth]);

  return (
    <section className="preview-pane" aria-label="Published preview">
      <div className="preview-bar">
        <div className="preview-devices" role="group" aria-label="Preview width">
          {DEVICES.map((d) => (
            <button key={d.id} type="button" className="preview-device" aria-pressed={device === d.id} onClick={() => props.onDevice(d.id)}>
              {d.label} <span className="preview-px">{d.width}</span>
            </button>
          ))}
        </div>
        <button type="button" className="preview-export" onClick={props.onExport}>
          Export HTML…
        </button>
      </div>
      {(loadError || error) && (
        <p className="preview-error" role="status">
          {loadError ?? `Preview not updated: ${error}`}
        </p>
      )}
      <div className="preview-stage" ref={stage}>
        <div className="preview-scaler" style={{ width: width * scale }}>
          {/* Created with its first page, never empty first (see useFrameDocument). */}
          {frame.shown ? (
            <iframe
              className="preview-frame"
              title="Published preview"
              sandbox=""
              srcDoc={frame.shown}
              onLoad={frame.onLoad}
              data-device={device}
              style={frameStyle}
            />
          ) : (
            <div className="preview-frame" style={frameStyle} />
          )}
        </div>
      </div>
    </section>
  );
}
