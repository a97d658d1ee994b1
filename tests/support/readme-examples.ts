// README's command-line examples, read out of the Markdown and run as written.
// A ```sh block right after a `<!-- cli-examples -->` line holds one command
// a line; a trailing `# exit N` says the command is meant to fail with that
// status (otherwise it must exit 0). The lines run in order in one bash, so a
// variable set on one line (`id=$(…)`) is there for the next.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface Example {
  /** The line exactly as README has it. */
  command: string;
  /** The exit status the README promises. */
  expectedExit: number;
  /** 1-based line in README, for the failure message. */
  line: number;
}

const MARKER = '<!-- cli-examples -->';

/** Every command in README's marked sh blocks, in order. */
export function readmeExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== MARKER) continue;
    if (lines[i + 1]?.trim() !== '```sh') throw new Error(`README line ${i + 1}: ${MARKER} must be followed by a \`\`\`sh block`);
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim() !== '```'; j++) {
      const command = lines[j]!;
      if (command.trim() === '' || command.trim().startsWith('#')) continue;
      const exit = /#\s*exit\s+(\d+)\s*$/.exec(command);
      examples.push({ command, expectedExit: exit ? Number(exit[1]) : 0, line: j + 1 });
    }
    if (j === lines.length) throw new Error(`README line ${i + 2}: the sh block after ${MARKER} is not closed`);
  }
  return examples;
}

export interface ExampleRun extends Example {
  exit: number | null;
}

/**
 * Runs the commands in order in one bash, from `cwd`, with `env` on top of
 * this process's (the caller points COPYDESK_DB and HOME at temp places), and
 * returns each one's exit status with everything they printed.
 */
export function runExamples(examples: Example[], options: { cwd: string; env: NodeJS.ProcessEnv; statusFile: string; timeoutMs?: number }) {
  // After each command, its status goes to a file of its own, out of the way of what it prints.
  const script = examples.map((e, i) => `${e.command}\necho "${i} $?" >> ${JSON.stringify(options.statusFile)}`).join('\n');
  fs.mkdirSync(path.dirname(options.statusFile), { recursive: true });
  fs.writeFileSync(options.statusFile, '');
  const run = spawnSync('bash', ['--noprofile', '--norc', '-c', script], {
    cwd: options.cwd,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
  });
  const statuses = new Map(
    fs
      .readFileSync(options.statusFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ').map(Number) as [number, number]),
  );
  const runs: ExampleRun[] = examples.map((e, i) => ({ ...e, exit: statuses.get(i) ?? null }));
  return { runs, stdout: run.stdout, stderr: run.stderr };
}

/** The commands whose status is not the one README promises, as sentences. */
export function mismatches(runs: ExampleRun[]): string[] {
  return runs
    .filter((r) => r.exit !== r.expectedExit)
    .map((r) => `README line ${r.line}: \`${r.command.trim()}\` exited ${r.exit ?? 'never (it did not run)'}, README says ${r.expectedExit}`);
}

const SHORTCUTS = /<!-- shortcuts:start[^>]*-->\n([\s\S]*?)\n<!-- shortcuts:end -->/;

/** The keyboard-shortcuts table README holds between its markers, or null. */
export function readmeShortcutsTable(markdown: string): string | null {
  return SHORTCUTS.exec(markdown)?.[1]?.trim() ?? null;
}
