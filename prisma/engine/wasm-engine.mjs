// Loads @prisma/schema-engine-wasm (the WebAssembly build of Prisma's schema engine) and turns its
// errors into the JSON-RPC errors the Prisma CLI expects from the native engine.
import { readFile } from 'node:fs/promises';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PgMigrationAdapterFactory } from './pg-adapter-factory.mjs';

/** Receives the Rust panic message; the wasm panic hook calls set_message before throwing. */
const panicRegistry = {
  message: '',
  get() {
    return this.message;
  },
  set_message(value) {
    this.message = `RuntimeError: ${value}`;
  },
};

let gluePromise;

/** The wasm-bindgen glue module, instantiated once (the package's own entry needs --experimental-wasm-modules). */
export function loadGlue() {
  gluePromise ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(glueUrl);
    const bytes = await readFile(new URL('./schema_engine_bg.wasm', glueUrl));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return gluePromise;
}

/**
 * Starts an engine for the given schema files and datasource.
 * Returns the engine, the bound adapter factory (its errorRegistry resolves adapter-side JS errors)
 * and the raw factory (to drop leftover shadow databases on exit).
 */
export async function startEngine({ datamodelPaths, datasource, log }) {
  const glue = await loadGlue();
  const files = await Promise.all(datamodelPaths.map(async (path) => [path, await readFile(path, 'utf8')]));
  const factory = new PgMigrationAdapterFactory(datasource);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  // `datamodels` must be undefined or non-empty.
  const engine = await glue.SchemaEngine.new(
    { datamodels: files.length > 0 ? files : undefined },
    log,
    bound,
  );
  return { engine, bound, factory };
}

/** The error payload of the native engine's JSON-RPC responses (code 4466). */
export function toRpcError(error, errorRegistry) {
  const generic = /GenericJs.*?id:\s*(\d+)/.exec(String(error?.message));
  const original = generic ? errorRegistry?.consumeError?.(Number(generic[1]))?.error : undefined;
  const cause = original ?? error;
  const message = cause?.message ?? String(cause);
  if (cause?.name === 'RuntimeError') {
    const panic = panicRegistry.get() || message;
    return {
      code: 4466,
      message: panic,
      data: { is_panic: true, message: panic, backtrace: cause.stack ?? '' },
    };
  }
  const data = { is_panic: false, message, backtrace: null };
  if (typeof cause?.code === 'string' && /^P\d{4}$/.test(cause.code)) {
    data.error_code = cause.code;
    data.meta = cause.meta ?? null;
  }
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}
