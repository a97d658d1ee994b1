// Starts the preview worker from the app's own bundle (Vite bundles the
// worker file and rewrites this URL). null when this window cannot run one;
// the pane then renders on the main thread (render-client.ts).
import type { PreviewWorker } from './render-client';

export function startPreviewWorker(): PreviewWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-preview' }) as unknown as PreviewWorker;
  } catch {
    return null;
  }
}
