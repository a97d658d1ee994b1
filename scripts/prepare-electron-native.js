#!/usr/bin/env node
// `npm start` runs this first. better-sqlite3 is a native module, and Electron
// has its own ABI: the build in node_modules (made for Node at `npm install`,
// used by the CLI and the tests) cannot load in Electron. So we compile a
// second copy for Electron into .electron-native/, which the main process
// loads through better-sqlite3's `nativeBinding` option. node_modules is never
// touched, so `npm test` keeps working whatever happens here.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, '.electron-native');
const target = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');

const electronVersion = require('electron/package.json').version;
const abi = fs.readFileSync(require.resolve('electron/abi_version'), 'utf8').trim();
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = { electron: electronVersion, abi, betterSqlite3: sqliteVersion, arch: process.arch };

function fail(message) {
  console.error(`\nCopydesk could not build better-sqlite3 for Electron ${electronVersion}:\n  ${message}\n`);
  console.error('This step needs the Electron headers (downloaded once from electronjs.org) and a C++ toolchain.');
  console.error('`npm test` does not depend on it: the tests use the Node build in node_modules.\n');
  process.exit(1);
}

/** A Node addon built with NODE_MODULE_INIT exports node_register_module_v<ABI>. */
export function builtForAbi(file, expectedAbi) {
  return fs.readFileSync(file).includes(Buffer.from(`node_register_module_v${expectedAbi}\0`));
}

if (fs.existsSync(target) && fs.existsSync(stampFile)) {
  const old = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  if (JSON.stringify(old) === JSON.stringify(stamp) && builtForAbi(target, abi)) process.exit(0);
}

const buildDir = path.join(outDir, 'build', 'better-sqlite3');
fs.rmSync(buildDir, { recursive: true, force: true });
fs.mkdirSync(path.dirname(buildDir), { recursive: true });
fs.cpSync(sqliteDir, buildDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });

// A machine-wide `nodedir` (npm config) makes node-gyp compile against Node's
// headers while reporting success — the trap @electron/rebuild falls into.
// Drop every spelling of it so the Electron headers are used.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_nodedir$/i.test(key)));
const nodeGyp =
  process.env.npm_config_node_gyp ??
  path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
if (!fs.existsSync(nodeGyp)) fail(`node-gyp not found at ${nodeGyp}`);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (ABI ${abi})…`);
const result = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${path.join(outDir, 'headers')}`,
  ],
  { cwd: buildDir, env, stdio: 'inherit' },
);
if (result.status !== 0) fail(`node-gyp exited with ${result.status}`);

const built = path.join(buildDir, 'build', 'Release', 'better_sqlite3.node');
if (!fs.existsSync(built)) fail(`no ${built} after the build`);
if (!builtForAbi(built, abi)) fail(`the build is not for Electron's ABI ${abi} (was nodedir forced somewhere?)`);
fs.copyFileSync(built, target);
fs.writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
console.log(`Ready: ${path.relative(root, target)}`);
