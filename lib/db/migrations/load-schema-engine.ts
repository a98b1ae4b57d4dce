// Why: Prisma's CLI cannot run migrations here (it downloads a native schema-engine binary, and
// this machine reaches only the npm registry). @prisma/schema-engine-wasm ships the same engine as
// WebAssembly, but as a wasm-bindgen *bundler* build (`import * as wasm from "./x.wasm"`), which
// Node cannot import. So we instantiate the .wasm ourselves, once per process, and wire it up the
// way a bundler would. The package is Prisma's internal API: it is pinned exactly in package.json.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
export type * from "@prisma/schema-engine-wasm";

let loaded: Promise<typeof bindings.SchemaEngine> | undefined;

/** The engine's `SchemaEngine` class, after the WebAssembly module has been started. */
export function loadSchemaEngine(): Promise<typeof bindings.SchemaEngine> {
  loaded ??= instantiate().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

async function instantiate(): Promise<typeof bindings.SchemaEngine> {
  // On a Rust panic the glue calls global.PRISMA_WASM_PANIC_REGISTRY.set_message, then the wasm
  // traps ("RuntimeError: unreachable", uncatchable from an engine future: the process dies). Say
  // why first. Prisma Client installs its own registry; keep that one if it is there.
  const registry = { set_message: (message: string) => void process.stderr.write(`schema engine panicked: ${message}\n`) };
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= registry;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  // The .wasm imports every glue function from the module "./schema_engine_bg.js".
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error("schema-engine-wasm: __wbindgen_start is missing");
  start();
  return bindings.SchemaEngine;
}
