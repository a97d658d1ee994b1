#!/usr/bin/env node
// Runs the CLI from its bundle (bin/cli-bundle.js) when the bundle is current,
// and otherwise compiles the TypeScript with tsx, so it never lags the source.
import module from 'node:module';
import path from 'node:path';
import { freshBundle } from './cli-bundle.js';
import { stopOnUncaught } from './safety-net.js';

// Installed before anything else loads: whatever escapes main() — a bug, a
// bundle that will not load, an error thrown later by a stream — ends the run
// with one sentence on stderr and status 1, never a stack trace.
stopOnUncaught();

const bundle = freshBundle();
let main;
if (bundle) {
  // V8 keeps the compiled bundle on disk (keyed by content): later runs skip compiling it.
  module.enableCompileCache?.(path.join(path.dirname(bundle), '.compile-cache'));
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli/main.ts'));
}

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
