// The single entry point for every renderer call, in Electron and in the
// browser test host alike: sender check → request parse → handler → Result.
// Nothing throws across the boundary.
import { METHODS, type MethodName } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { AppError, describeIssues } from '../../../shared/errors/app-error';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { machineErrorFrom } from '../../../shared/errors/machine-errors';
import type { Handlers } from './handler-types';

export interface SenderInfo {
  /** URL of the frame that sent the call. */
  url: string;
  /** True only for the window's top-level frame (never an iframe, e.g. the preview). */
  isTopFrame: boolean;
}

export interface DispatchOptions {
  /** Whether a URL belongs to the app's own renderer. */
  isTrustedUrl(url: string): boolean;
  /** Where unexpected errors are reported (they reach the renderer only as a generic message). */
  log?: (error: unknown) => void;
  /**
   * Turns a failure of the machine (disk full, read-only, locked…) into its
   * typed error with the words for it; Services.explain also names the
   * database and who holds it. Without it, the shared mapping alone is used.
   */
  explain?: (error: unknown) => AppError | null;
}

const CHANNEL_TO_METHOD = new Map<string, MethodName>(
  Object.entries(METHODS).map(([method, channel]) => [channel, method as MethodName]),
);

export type Dispatch = (channel: unknown, payload: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (channel, payload, sender) => {
    if (!sender.isTopFrame || !options.isTrustedUrl(sender.url)) {
      return fail('forbidden', 'This request did not come from the Copydesk window.');
    }
    const method = typeof channel === 'string' ? CHANNEL_TO_METHOD.get(channel) : undefined;
    if (!method) return fail('unknown-channel', `Unknown request "${String(channel)}".`);

    const { request, response } = contract[method];
    let parsed: ReturnType<typeof request.safeParse>;
    try {
      parsed = request.safeParse(payload);
    } catch {
      // Only a hostile payload gets here (a getter that throws, a value the schema's checks cannot walk).
      return fail('bad-request', 'The request could not be read.');
    }
    if (!parsed.success) return fail('bad-request', describeIssues(parsed.error.issues));

    try {
      const handler = handlers[method] as (req: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = response.safeParse(value);
      if (!checked.success) {
        options.log?.(new Error(`${method} returned data outside the contract: ${describeIssues(checked.error.issues)}`));
        return fail('internal', 'Copydesk produced an unexpected answer. Please try again; if it keeps happening, report it.');
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      const machine = options.explain?.(error) ?? machineErrorFrom(error);
      if (machine) return fail(machine.code, machine.message);
      options.log?.(error);
      return fail('internal', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
