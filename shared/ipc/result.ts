// What crosses the process boundary: plain data, never a thrown error.
import { z } from 'zod';

// The codes, and the words for failures of the machine, live in one table.
import { ERROR_CODES, type ErrorCode } from './error-codes';
export { ERROR_CODES, type ErrorCode };

export interface IpcErrorData {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcErrorData };

export const IpcErrorData = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Services throw this; dispatch turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
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
