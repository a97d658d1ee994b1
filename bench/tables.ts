// npx tsx bench/tables.ts [bench/results/latest.json]: the run's rows as one
// Markdown table per suite (for README's Benchmarks section), with the run's
// machine, minutes and each suite's time and load.
import fs from 'node:fs';
import { formatTable, type SuiteResult } from './report';

const file = process.argv[2] ?? 'bench/results/latest.json';
const run = JSON.parse(fs.readFileSync(file, 'utf8')) as {
  startedAt: string;
  machine: string;
  minutes: number;
  minutesWithoutLibraryBuild?: number;
  timings?: { suite: string; seconds: number; loadBefore: number; loadAfter: number }[];
  suites: SuiteResult[];
};
const out: string[] = [];
out.push(`Run of ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC: ${run.minutes.toFixed(1)} min in all${run.minutesWithoutLibraryBuild === undefined ? '' : `, ${run.minutesWithoutLibraryBuild.toFixed(1)} min without building libraries`}; ${run.machine}.`);
if (run.timings) out.push('', run.timings.map((t) => `${t.suite} ${t.seconds.toFixed(0)} s (load ${t.loadBefore.toFixed(1)} → ${t.loadAfter.toFixed(1)})`).join(' · '));
for (const suite of run.suites) {
  out.push('', `#### ${suite.suite}`, '', formatTable([suite]).split('\n').map((line) => line.replace(/^\| [^|]+ \|/, '|')).join('\n').replace('| suite | what', '| what').replace('|---|---|', '|---|'));
}
console.log(out.join('\n'));
