// Reading the arguments the History commands share: a version number, a revision.
import { UsageError } from '../cli-error';

/** A whole number from 1, or a usage error that names what it was for. */
export function positiveInteger(text: string | boolean | undefined, what: string, usage: string): number {
  const value = typeof text === 'string' && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value)) throw new UsageError(`${what} must be a whole number from 1, not “${String(text)}”. Usage: copydesk ${usage}`);
  return value;
}
