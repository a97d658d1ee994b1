// The copy checker's Web Worker: spelling, grammar and house style off the
// typing path. Started by start-check-worker.ts from the app's own bundle
// (the renderer CSP allows worker-src 'self' and nothing else).
import { CheckerCore } from './checker-core';
import type { CheckAnswer, CheckRequest } from './protocol';

// The renderer is type-checked with the DOM library; these two are all this file uses of a worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(answer: CheckAnswer): void;
};

const core = new CheckerCore();
scope.onmessage = (event) => {
  const answer = core.handle(event.data);
  if (answer) scope.postMessage(answer);
};
