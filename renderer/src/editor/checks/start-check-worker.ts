// Starts the checker's worker from the app's own bundle (Vite bundles the
// worker file and rewrites this URL), or, where no worker can start, the same
// core on this thread behind the worker's interface (slower typing pauses,
// the same flags).
import { CheckerCore } from './checker-core';
import type { CheckWorker } from './protocol';

export function startCheckWorker(): CheckWorker {
  if (typeof Worker !== 'undefined') {
    try {
      return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-checks' }) as unknown as CheckWorker;
    } catch {
      // fall through: in-process
    }
  }
  return inProcessChecker();
}

export function inProcessChecker(): CheckWorker {
  const core = new CheckerCore();
  const worker: CheckWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) =>
      setTimeout(() => {
        const answer = core.handle(request);
        if (answer) worker.onmessage?.({ data: answer });
      }, 0),
    terminate: () => {
      worker.onmessage = null;
    },
  };
  return worker;
}
