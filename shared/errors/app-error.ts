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
