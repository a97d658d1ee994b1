// One ChecksController per open article, for the window: made when the
// article opens, disposed (its worker ended) when it closes.
import { useEffect, useState } from 'react';
import type { Client } from '../../ipc/client';
import type { ArticleSession } from '../session/article-session';
import { ChecksController } from './checks-controller';
import { startCheckWorker } from './start-check-worker';

// bench/typing-checks.ts types into the same article with ?checks=off beside it, to show what checks cost a keystroke.
const CHECKS_OFF = new URLSearchParams(globalThis.location?.search ?? '').get('checks') === 'off';

export function useChecks(client: Client, session: ArticleSession | null): ChecksController | null {
  const [checks, setChecks] = useState<ChecksController | null>(null);
  useEffect(() => {
    if (!session || CHECKS_OFF) return setChecks(null);
    const controller = new ChecksController({ client, session, startWorker: startCheckWorker });
    setChecks(controller);
    return () => controller.dispose();
  }, [client, session]);
  return checks?.isFor(session) ? checks : null;
}
