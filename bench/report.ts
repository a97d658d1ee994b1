// One result shape for every benchmark in bench/. Each bench script measures
// its items against a baseline taken in the same run (this machine is shared
// and noisy: only ratios mean anything) and writes bench/results/<suite>.json;
// `npm run bench` runs the suites and gathers them into bench/results/latest.json
// and one table. No assertions: a target that is missed is reported, not thrown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

export interface BenchRow {
  /** Stable key, e.g. "list.show.100k". */
  id: string;
  /** What was measured, in words, e.g. "reload → list shown, 100k articles (median)". */
  what: string;
  value: number;
  unit: 'ms' | 'MB' | 'count' | 'x';
  /** What it is compared against, measured in the same run. */
  baseline?: { what: string; value: number };
  /** value / baseline.value (or value / another row's value, said in `what`). */
  ratio?: number;
  /** The target, in words, e.g. "≤ 2× the 1k figure". */
  target?: string;
  /** Whether the target holds; absent when the row has no target. */
  pass?: boolean;
}

export interface SuiteResult {
  suite: string;
  startedAt: string;
  machine: string;
  rows: BenchRow[];
}

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} CPUs (${cpus[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, loadavg ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`;
}

/** A row compared with its baseline; `limit` is the largest acceptable ratio. */
export function ratioRow(row: Omit<BenchRow, 'ratio' | 'pass'> & { baseline: { what: string; value: number } }, limit?: number): BenchRow {
  const ratio = row.baseline.value > 0 ? row.value / row.baseline.value : Number.POSITIVE_INFINITY;
  return { ...row, ratio, ...(limit === undefined ? {} : { pass: ratio <= limit }) };
}

export function writeSuite(suite: string, rows: BenchRow[], startedAt: Date): SuiteResult {
  const result: SuiteResult = { suite, startedAt: startedAt.toISOString(), machine: machineLine(), rows };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${suite}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(formatTable([result]));
  return result;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** A Markdown table of every row, as README shows it. */
export function formatTable(results: readonly SuiteResult[]): string {
  const lines = ['| suite | what | value | baseline | ratio | target | |', '|---|---|---|---|---|---|---|'];
  for (const result of results) {
    for (const row of result.rows) {
      const baseline = row.baseline ? `${fmt(row.baseline.value)} (${row.baseline.what})` : '';
      const ratio = row.ratio === undefined ? '' : `${fmt(row.ratio)}×`;
      const verdict = row.pass === undefined ? '' : row.pass ? 'ok' : '**short**';
      lines.push(`| ${result.suite} | ${row.what} | ${fmt(row.value)} ${row.unit} | ${baseline} | ${ratio} | ${row.target ?? ''} | ${verdict} |`);
    }
  }
  return lines.join('\n');
}
