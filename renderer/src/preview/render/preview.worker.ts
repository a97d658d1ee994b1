// The preview's Web Worker: renders the published page off the main thread,
// so a long article's preview never holds up typing. Started by
// render-client.ts from this same bundle (the renderer CSP allows
// worker-src 'self' and nothing else).
import { PreviewPageRenderer } from './page-renderer';
import type { RenderAnswer, RenderRequest } from './protocol';

// The renderer is type-checked with the DOM library; these two are all this file uses of a worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
  postMessage(answer: RenderAnswer): void;
};

const renderer = new PreviewPageRenderer();
scope.onmessage = (event) => scope.postMessage(renderer.handle(event.data));
