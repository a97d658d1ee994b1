// The renderer's typed client over the real dispatch and real services, for
// unit tests of renderer classes: the same validation and SQLite as the app,
// only the transport (Electron's IPC) left out.
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { METHODS, METHOD_NAMES } from '../../shared/ipc/channels';
import type { Bridge } from '../../shared/ipc/contract';
import { createClient, type Client } from '../../renderer/src/ipc/client';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };

export function dispatchClient(dispatch: Dispatch): Client {
  const bridge: Record<string, unknown> = { on: () => () => undefined };
  for (const method of METHOD_NAMES) bridge[method] = (payload: unknown) => dispatch(METHODS[method], payload, APP);
  return createClient(bridge as unknown as Bridge);
}
