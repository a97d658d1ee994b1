// The main thread's side of the preview renderer: sends the page renderer
// (a worker, see start-worker.ts) what changed — the fields, the blocks an
// edit touched, photo URLs as they resolve — and hands each page it answers
// to the pane. At most one request is in flight: edits made meanwhile are
// folded into the next one, so a slow render never queues stale pages. If no
// worker can start, or it fails, the same renderer runs here instead.
import type { Node } from 'prosemirror-model';
import type { ImageSource } from '../../../../shared/render';
import type { PreviewContext } from '../../../../shared/render/preview-context';
import type { ArticleMeta } from '../../../../shared/render/view';
import { BlockMirror } from './block-mirror';
import { PreviewPageRenderer } from './page-renderer';
import type { RenderAnswer, RenderRequest } from './protocol';

/** The part of a Worker this uses (a fake in the unit tests). */
export interface PreviewWorker {
  postMessage(request: RenderRequest): void;
  onmessage: ((event: { data: RenderAnswer }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface PreviewInput {
  article: ArticleMeta;
  doc: Node;
  context: PreviewContext;
}

export interface RenderClientOptions {
  startWorker(): PreviewWorker | null;
  /** The photo URL for an asset, or null now and `onImage` later (preview-images.ts). */
  imageSrc(sha: string): ImageSource | null;
  imageOrigins: readonly string[];
  timeZone: string;
  onPage(html: string): void;
  onError(message: string): void;
}

/** The page renderer on this thread, behind the worker's interface. */
function inProcessWorker(): PreviewWorker {
  const renderer = new PreviewPageRenderer();
  const worker: PreviewWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => setTimeout(() => worker.onmessage?.({ data: renderer.handle(request) }), 0),
    terminate: () => {
      worker.onmessage = null;
    },
  };
  return worker;
}

export class PreviewRenderClient {
  private worker: PreviewWorker;
  private readonly mirror = new BlockMirror();
  private latest: PreviewInput | null = null;
  private inFlight = false;
  private dirty = false;
  private seq = 0;
  private sentContext: PreviewContext | null = null;
  private readonly unsentImages = new Map<string, ImageSource | null>();
  private disposed = false;

  constructor(private readonly options: RenderClientOptions) {
    this.worker = this.connect(options.startWorker() ?? inProcessWorker());
  }

  /** Renders this input (soon: after the request in flight, if any). */
  render(input: PreviewInput): void {
    this.latest = input;
    this.dirty = true;
    this.pump();
  }

  /** A photo URL arrived: the next page uses it. */
  imageResolved(sha: string, answer: ImageSource | null): void {
    this.unsentImages.set(sha, answer);
    if (this.latest) this.render(this.latest);
  }

  dispose(): void {
    this.disposed = true;
    this.worker.terminate();
  }

  private connect(worker: PreviewWorker): PreviewWorker {
    worker.onmessage = ({ data }) => this.answered(data);
    // A worker that cannot load (or dies) is replaced by the renderer on this thread, from scratch.
    worker.onerror = () => {
      if (this.disposed) return;
      worker.terminate();
      this.worker = this.connect(inProcessWorker());
      this.mirror.reset();
      this.sentContext = null;
      this.inFlight = false;
      this.dirty = this.latest !== null;
      this.pump();
    };
    return worker;
  }

  private pump(): void {
    if (this.inFlight || !this.dirty || !this.latest || this.disposed) return;
    const { article, doc, context } = this.latest;
    this.dirty = false;
    this.inFlight = true;
    const request: RenderRequest = {
      seq: ++this.seq,
      article,
      blocks: this.mirror.diff(doc),
      imageOrigins: this.options.imageOrigins,
      timeZone: this.options.timeZone,
    };
    if (context !== this.sentContext) request.context = this.sentContext = context;
    if (this.unsentImages.size) {
      request.images = [...this.unsentImages];
      this.unsentImages.clear();
    }
    this.worker.postMessage(request);
  }

  private answered(answer: RenderAnswer): void {
    if (this.disposed) return;
    this.inFlight = false;
    if (answer.ok) {
      this.options.onPage(answer.html);
      // Photos the page has no URL for yet: known ones go with the next request, others are fetched.
      for (const sha of answer.wanted) {
        const known = this.options.imageSrc(sha);
        if (known) this.imageResolved(sha, known);
      }
    } else {
      this.mirror.reset();
      this.options.onError(answer.message);
    }
    this.pump();
  }
}
