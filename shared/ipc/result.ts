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

type Issue = { path: readonly PropertyKey[]; message: string; code?: string };

function describeIssue(issue: Issue): string {
  const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Turns zod issues into one sentence a person can act on (the first three: an IPC reply stays short). */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.slice(0, 3).map(describeIssue).join('; ');
}

const MISSING = /^missing required field "(.+)"$/;

/**
 * Every issue in one sentence, for a file someone is fixing by hand (the
 * CLI's imports): fixing three problems only to be shown the next three is
 * worse than a long line. Missing fields are named together.
 */
export function describeEveryIssue(issues: readonly Issue[]): string {
  const missing: string[] = [];
  const rest: string[] = [];
  for (const issue of issues) {
    const field = issue.path.length <= 1 ? MISSING.exec(issue.message)?.[1] : undefined;
    if (field) missing.push(`"${field}"`);
    else rest.push(describeIssue(issue));
  }
  const named =
    missing.length === 0 ? [] : missing.length === 1 ? [`missing required field ${missing[0]}`] : [`missing required fields ${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`];
  return [...named, ...rest].join('; ');
}
