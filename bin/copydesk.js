#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so the CLI never lags behind the source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
});
