// Node built-ins that most commands never use, loaded on first use instead of
// at import. A top-level `import … from 'node:crypto'` (or worker_threads)
// makes Node load that module and everything under it (crypto: ~25 internal
// modules; worker_threads: streams, message ports) when the importing file
// loads — on every `copydesk` run, before a command has done anything.
export const nodeCrypto = () => process.getBuiltinModule('node:crypto');
export const workerThreads = () => process.getBuiltinModule('node:worker_threads');
