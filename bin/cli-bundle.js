// The CLI runs from one JavaScript bundle of its TypeScript sources, built at
// install time (postinstall) and by `npm run build` into dist/cli/ (ignored by
// git). Compiling the sources with tsx on every run cost 0.5 s on a quiet
// machine and several seconds on a busy one.
//
// The bundle must never lag the source: beside it, inputs.json names every
// source file of this repository it was built from and when the build began.
// The bin uses the bundle only if every one of those files still exists and
// none was modified since; otherwise it runs the sources through tsx. A new
// source file is always imported by an edited one, so it is caught too.
// Dependencies are bundled as well; `npm install` reruns the build.
// Built-ins are taken with process.getBuiltinModule, not imported: an ESM
// import of node:fs makes Node fill in the module's every export, which loads
// fs/promises, streams and more (~5 ms) on each run (see builtinsOnUse below).
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = 'electron/cli/main.ts';
const BUNDLE = 'main.js';
const INPUTS = 'inputs.json';

/** The bundle's path when it is current, else null (missing, or older than a source it was built from). */
export function freshBundle(outDir = path.join(ROOT, 'dist/cli'), root = ROOT) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(outDir, INPUTS), 'utf8'));
  } catch {
    return null;
  }
  const bundle = path.join(outDir, BUNDLE);
  if (!fs.existsSync(bundle) || !Array.isArray(stamp.inputs) || typeof stamp.builtAt !== 'number') return null;
  for (const input of stamp.inputs) {
    const stat = fs.statSync(path.join(root, input), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > stamp.builtAt) return null;
  }
  return bundle;
}

/** Bundles the CLI with esbuild (better-sqlite3, a native addon, stays external). */
export async function buildBundle(outDir = path.join(ROOT, 'dist/cli'), root = ROOT) {
  const { build } = await import('esbuild');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  // Taken before reading any source: a file saved during the build counts as newer.
  const builtAt = Date.now();
  const result = await build({
    entryPoints: [path.join(root, ENTRY)],
    outdir: outDir,
    // One chunk per command (electron/cli/commands/index.ts loads them lazily).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: { js: "import { createRequire as __cdRequire } from 'node:module'; const require = __cdRequire(import.meta.url);" },
    plugins: [builtinsOnUse],
    metafile: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith('builtin:'))
    .map((input) => path.relative(root, path.resolve(process.cwd(), input)))
    .filter((input) => !input.split(path.sep).includes('node_modules'))
    .sort();
  fs.writeFileSync(path.join(outDir, INPUTS), JSON.stringify({ builtAt, inputs }, null, 1) + '\n');
  return { bundle: path.join(outDir, BUNDLE), inputs };
}

/**
 * Every Node built-in the bundle imports is read with process.getBuiltinModule
 * instead. An ESM `import … from 'node:fs'` makes Node fill in the module's
 * whole export list at load, running its lazy getters: fs/promises, streams,
 * readline, worker ports — some 50 internal modules that `copydesk list` never
 * touches. Here a built-in's named exports are its plain data properties
 * (functions, constants), read once; a lazy getter is not among them, so
 * importing one by name fails the build rather than loading it unasked.
 */
const RESERVED = new Set(['default', 'delete', 'new', 'function', 'class', 'const', 'enum', 'export', 'import', 'in', 'of', 'let', 'static', 'super', 'this', 'typeof', 'void', 'with', 'yield', 'await']);
const builtinsOnUse = {
  name: 'builtins-on-use',
  setup(build) {
    const builtins = new Set(process.getBuiltinModule('node:module').builtinModules);
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      const id = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
      if (!builtins.has(id.slice(5)) && !builtins.has(id)) return undefined;
      return { path: id, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const exported = process.getBuiltinModule(args.path);
      const names = Object.getOwnPropertyNames(exported).filter((name) => {
        if (RESERVED.has(name) || !/^[A-Za-z_$][\w$]*$/.test(name)) return false;
        return 'value' in Object.getOwnPropertyDescriptor(exported, name);
      });
      return {
        contents: `const m = process.getBuiltinModule(${JSON.stringify(args.path)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        loader: 'js',
      };
    });
  },
};
