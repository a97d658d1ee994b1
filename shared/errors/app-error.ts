// The one error type of every process: services throw it, dispatch sends its
// code and message across as plain data (shared/ipc/result.ts), and the
// renderer's client throws it again on its side, so `code` means the same
// everywhere (the codes: ./error-codes.ts).
import type { ErrorCode } from './error-codes';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** Turns zod issues into one sentence a person can act on. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
      return `${where}${issue.message}`;
    })
    .join('; ');
}
