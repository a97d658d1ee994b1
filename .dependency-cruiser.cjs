// The import rule of DESIGN.md §1, enforced on every `npm test`.
// tsc -b already keeps DOM globals out of shared/ and Node globals out of
// shared/ and renderer/; these rules cover what tsc cannot see: modules.
const NODE_BUILTINS = ['core'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs in both processes: no Node, no Electron, no native or DOM-bound packages.',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        path: '^(electron|renderer|tests)/|(^|/)node_modules/(electron|better-sqlite3|react|react-dom|prosemirror-view|@handlewithcare|mammoth|exifr)/',
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: NODE_BUILTINS },
    },
    {
      name: 'services-without-electron',
      comment: 'Main-process services are reused by the CLI and tests: only electron/main/shell/ may import electron.',
      severity: 'error',
      from: { path: '^electron/(main|cli)/', pathNot: '^electron/main/shell/' },
      to: { path: '(^|/)node_modules/electron/|^electron$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-not-into-shell',
      comment: 'Services must not reach into the Electron shell (it would drag electron in).',
      severity: 'error',
      from: { path: '^electron/(main|cli)/', pathNot: '^electron/main/shell/' },
      to: { path: '^electron/main/shell/' },
    },
    {
      name: 'preload-minimal',
      comment: 'The preload exposes the contract only: electron and shared/ipc/channels.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: '^electron/preload/|^shared/ipc/channels\\.ts$|(^|/)node_modules/electron/' },
    },
    {
      name: 'renderer-through-bridge',
      comment: 'The renderer talks to main only through window.copydesk.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|tests)/|(^|/)node_modules/(electron|better-sqlite3|mammoth)/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: NODE_BUILTINS },
    },
    {
      name: 'no-circular',
      comment: 'A module that reaches itself through its imports (type imports included: tsPreCompilationDeps) has no place in the layering; split out what both sides need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'services-not-ipc',
      comment: 'Main-process services speak in domain types and shared/errors; only dispatch, the shell and the *handlers.ts adapters know the IPC contract.',
      severity: 'error',
      from: { path: '^electron/main/', pathNot: '^electron/main/(ipc|shell)/|handlers\\.ts$' },
      to: { path: '^shared/ipc/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|\\.tsbuild)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
