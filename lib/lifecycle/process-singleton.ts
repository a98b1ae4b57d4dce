// The one way to keep a single instance per process (a database pool, the LISTEN hub, caches).
// Next's dev server re-evaluates modules on every change and the server bundles some modules
// more than once (instrumentation, routes), so a module-level `let` would open a second pool or
// a second LISTEN connection; the instances live in one registry on globalThis instead.
// Client-safe by design (no secrets, no Node APIs), though only server code uses it today.

const REGISTRY = Symbol.for("solidarity-pledge.process-singletons");

function registry(): Map<string, unknown> {
  const holder = globalThis as { [REGISTRY]?: Map<string, unknown> };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

export interface ProcessSingleton<T> {
  /** The instance, created on first use. */
  get(): T;
  /** The instance if one exists; never creates one (for shutdown and inspection). */
  peek(): T | undefined;
  /** Replaces the instance, or forgets it with `undefined` so the next get() creates a new one. */
  set(value: T | undefined): void;
}

/** A handle on the process's one `name`; `create` runs on the first get() in the process. */
export function processSingleton<T>(name: string, create: () => T): ProcessSingleton<T> {
  return {
    get() {
      const instances = registry();
      if (!instances.has(name)) instances.set(name, create());
      return instances.get(name) as T;
    },
    peek: () => registry().get(name) as T | undefined,
    set(value) {
      if (value === undefined) registry().delete(name);
      else registry().set(name, value);
    },
  };
}
