// What crosses the process boundary: plain data, never a thrown error.
import { z } from 'zod';

// The codes, and the words for failures of the machine, live in one table;
// the error every process throws is shared/errors/app-error.ts.
import { ERROR_CODES, type ErrorCode } from '../errors/error-codes';

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
