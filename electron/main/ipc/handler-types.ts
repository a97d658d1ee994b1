// The shape of the handlers dispatch calls: one function per contract method,
// each receiving an already-validated request. Apart from handlers.ts so each
// feature's *handlers.ts can name its slice without importing the assembly
// that imports it.
import type { MethodName } from '../../../shared/ipc/channels';
import type { ParsedRequestOf, ResponseOf } from '../../../shared/ipc/contract';

export type Handlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};
