// A zod schema built on first use instead of when its module loads.
//
// Building zod schemas is most of what it costs to start the CLI: zod
// constructs every schema eagerly (each one binds its methods to itself), and
// a module like shared/article/fields.ts builds dozens at import. A command
// such as `copydesk list` never parses most of them, so it paid ~25 ms of CPU
// (on a quiet 2-CPU machine) for schemas it did not touch. A deferred schema
// is a stand-in that builds the real one the first time anything reads it —
// a parse, `.shape`, `.extend()`, or zod itself when another schema holding
// it runs — and then forwards every read to it, so callers and `z.infer`
// see exactly the schema `build` returns.
export function deferred<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    // The real schema is the receiver, so its getters and methods see themselves, never the stand-in.
    get: (_target, key) => {
      const schema = real();
      return Reflect.get(schema, key, schema);
    },
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // A proxy may only report configurable properties its own (empty) target lacks.
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
