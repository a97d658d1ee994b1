// The renderer's typed view of the main process. Every call returns the value
// or throws the AppError main answered with (shared/errors/app-error.ts).
import type { Bridge, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { METHOD_NAMES, type EventName, type MethodName } from '../../../shared/ipc/channels';
import type { ErrorCode } from '../../../shared/errors/error-codes';
import { AppError } from '../../../shared/errors/app-error';

declare global {
  interface Window {
    copydesk?: Bridge;
  }
}


export type Client = { [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>> } & {
  on(event: EventName, listener: () => void): () => void;
};

export function createClient(bridge: Bridge): Client {
  const client: Partial<Client> = {};
  for (const method of METHOD_NAMES) {
    const call = bridge[method] as (request: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: ErrorCode; message: string } }>;
    (client as Record<string, unknown>)[method] = async (request: unknown) => {
      const result = await call(request);
      if (result.ok) return result.value;
      throw new AppError(result.error!.code, result.error!.message);
    };
  }
  client.on = (event, listener) => bridge.on(event, listener);
  return client as Client;
}

export function bridgeFromWindow(): Bridge {
  if (!window.copydesk) throw new Error('Copydesk must run inside its desktop shell (window.copydesk is missing).');
  return window.copydesk;
}
