import { UsageError } from '../cli-error';

export function requireOne(positionals: string[], what: string, usage: string): string {
  if (positionals.length !== 1) throw new UsageError(`Expected ${what}. Usage: copydesk ${usage}`);
  return positionals[0]!;
}

/** "dictionary add WORD…", "rules import FILE": the action, what follows it, and a getter for exactly one argument. */
export function subcommand(positionals: string[], usage: string) {
  const [action, ...rest] = positionals;
  const one = (what: string): string => {
    if (rest.length !== 1) throw new UsageError(`Expected ${what}. Usage: copydesk ${usage}`);
    return rest[0]!;
  };
  return { action, rest, one };
}
