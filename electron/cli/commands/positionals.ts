import { UsageError } from '../cli-error';

export function requireOne(positionals: string[], what: string, usage: string): string {
  if (positionals.length !== 1) throw new UsageError(`Expected ${what}. Usage: copydesk ${usage}`);
  return positionals[0]!;
}
