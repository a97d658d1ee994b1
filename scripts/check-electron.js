#!/usr/bin/env node
// `npm start` and `npm run dev` run this first, so a missing piece is told in
// a few lines instead of a wall of build or launcher errors.
//
// better-sqlite3 13 is a Node-API addon and ships prebuilt for each platform
// inside its npm package: the one binary in node_modules loads in Node (CLI,
// tests) and in Electron alike, with nothing to compile. What can still be
// missing is the Electron binary itself, a download from GitHub on install.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What stops the desktop app from starting here, in a sentence each (empty when nothing). */
export function missingForStart(projectRoot = root) {
  const problems = [];
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(electronDir)) {
    problems.push('The electron package is not installed. Run `npm install`.');
  } else if (!fs.existsSync(pathFile) || !fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()))) {
    problems.push(
      'The Electron program is not downloaded (it comes from github.com when `npm install` runs with network access).\n' +
        '  On a machine that can reach GitHub: `node node_modules/electron/install.js`, then `npm start` again.',
    );
  }
  const binding = betterSqliteBinding(projectRoot);
  if (!binding) {
    problems.push(`better-sqlite3 has no prebuilt binary for ${process.platform}-${process.arch}. Run \`npm rebuild better-sqlite3\` (needs a C++ toolchain).`);
  } else if (!fs.readFileSync(binding).includes(Buffer.from('napi_register_module_v1'))) {
    problems.push(`${path.relative(projectRoot, binding)} is not a Node-API build, so Electron cannot load it. Run \`npm ci\`.`);
  }
  return problems;
}

function betterSqliteBinding(projectRoot) {
  let dir;
  try {
    dir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('better-sqlite3/package.json'));
  } catch {
    return null;
  }
  const musl = process.platform === 'linux' && !process.report?.getReport?.().header?.glibcVersionRuntime;
  const candidates = [
    path.join(dir, 'build', 'Release', 'better_sqlite3.node'),
    path.join(dir, 'prebuilds', `${musl ? 'linuxmusl' : process.platform}-${process.arch}.node`),
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = missingForStart();
  if (problems.length > 0) {
    console.error('Copydesk cannot open its window on this machine yet:');
    for (const problem of problems) console.error(`- ${problem}`);
    console.error('The CLI works without Electron: `npm run -s copydesk -- list`.');
    process.exit(1);
  }
}
