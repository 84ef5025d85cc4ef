#!/usr/bin/env node
// A drop-in for Prisma's native `schema-engine` binary, which cannot be downloaded in an air-gapped
// network. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; the CLI spawns this file with
// `--datamodels PATH… --datasource JSON` and speaks JSON-RPC 2.0, one object per line, on
// stdin/stdout (logs on stderr). Requests are served by the WebAssembly build of the same engine
// (@prisma/schema-engine-wasm) over a pg driver adapter. The one-shot `cli …` commands, which the
// wasm engine lacks, are done with pg directly.
// Versions are pinned together (see package.json); on a Prisma upgrade, bump the wasm package to the
// matching engine build and rerun lib/db/migrations.test.ts.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { canConnectToDatabase, createDatabase, dropDatabase } from './database-admin.mjs';
import { loadGlue, startEngine, toRpcError } from './wasm-engine.mjs';

/** Methods forwarded unchanged to the wasm engine (same names and params as the native engine). */
const FORWARDED = new Set([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'debugPanic',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);

const { values, positionals } = parseArgs({
  options: {
    datamodels: { type: 'string', multiple: true, default: [] },
    datasource: { type: 'string', default: '{}' },
    'enabled-preview-features': { type: 'string' },
    'extension-types': { type: 'string' },
    version: { type: 'boolean', short: 'V' },
  },
  allowPositionals: true,
  strict: false,
});
const datasource = JSON.parse(values.datasource);

if (values.version) {
  const glue = await loadGlue();
  process.stdout.write(`schema-engine-cli ${glue.version()}\n`);
} else if (positionals[0] === 'cli') {
  await runOneShot(positionals[1]);
} else {
  serveJsonRpc();
}

/** `cli COMMAND`: exit 0 on success; on failure a throw-away first stderr line, then one JSON log line. */
async function runOneShot(command) {
  const commands = {
    'can-connect-to-database': canConnectToDatabase,
    'create-database': createDatabase,
    'drop-database': dropDatabase,
  };
  try {
    const run = commands[command];
    if (!run) throw Object.assign(new Error(`Unknown command: cli ${command}`), { code: 'P1012' });
    if (!datasource.url) throw Object.assign(new Error('The datasource URL is empty.'), { code: 'P1012' });
    await run(datasource.url);
    process.exit(0);
  } catch (error) {
    const fields = { message: error.message, error_code: error.code ?? 'P1000' };
    const line = {
      timestamp: new Date().toISOString(),
      level: 'ERROR',
      fields,
      target: 'schema_engine::logger',
    };
    process.stderr.write(`schema-engine: ${command} failed\n${JSON.stringify(line)}\n`);
    process.exit(1);
  }
}

function serveJsonRpc() {
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const log = (line) => process.stderr.write(`${line}\n`);
  let started;
  const engine = () => {
    started ??= startEngine({ datamodelPaths: values.datamodels, datasource, log });
    return started;
  };

  // The native engine prints `diff` output through a request that the CLI answers.
  const printed = new Map();
  let printId = 0;
  const print = (content) =>
    new Promise((resolve) => {
      printId += 1;
      printed.set(printId, resolve);
      send({ jsonrpc: '2.0', id: printId, method: 'print', params: { content } });
    });

  async function dispatch(method, params) {
    const { engine: e } = await engine();
    if (FORWARDED.has(method)) return e[method](params);
    switch (method) {
      case 'getDatabaseVersion':
        return e.version(params);
      case 'diff': {
        const { exitCode, stdout } = await e.diff(params);
        if (stdout) await print(stdout.replace(/\n$/, ''));
        return { exitCode };
      }
      case 'evaluateDataLoss':
        try {
          return await e.evaluateDataLoss(params);
        } catch (error) {
          // After `migrate dev` applied pending migrations, the engine has not yet opened its shadow
          // database and says it "must be provided through an external factory"; devDiagnostic does.
          if (!/external factory/i.test(String(error?.message))) throw error;
          await e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
          return await e.evaluateDataLoss(params);
        }
      case 'createDatabase':
        return { databaseName: await createDatabase(params?.datasource?.url ?? datasource.url) };
      default:
        throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
    }
  }

  /** Drops shadow databases an interrupted command left (bounded wait), then exits. */
  async function shutdown(code) {
    const running = await Promise.resolve(started).catch(() => undefined);
    await Promise.race([running?.factory.dropLeftovers(), new Promise((r) => setTimeout(r, 5000).unref())]);
    process.stdout.write('', () => process.exit(code));
  }

  let inFlight;
  async function handle({ id, method, params }) {
    inFlight = id;
    try {
      send({ jsonrpc: '2.0', id, result: (await dispatch(method, params)) ?? {} });
    } catch (error) {
      if (error?.rpcCode) {
        send({ jsonrpc: '2.0', id, error: { code: error.rpcCode, message: error.message } });
      } else {
        const running = await Promise.resolve(started).catch(() => undefined);
        send({ jsonrpc: '2.0', id, error: toRpcError(error, running?.bound.errorRegistry) });
      }
    } finally {
      inFlight = undefined;
    }
  }

  // Some engine panics escape the request's promise; answer the request as the native engine would
  // (is_panic) and exit with its panic status, rather than dying with a bare stack trace.
  process.on('uncaughtException', (error) => {
    const rpcError = toRpcError(error);
    log(
      JSON.stringify({ level: 'ERROR', fields: { message: rpcError.data.message }, target: 'schema_engine' }),
    );
    if (inFlight !== undefined) send({ jsonrpc: '2.0', id: inFlight, error: rpcError });
    shutdown(rpcError.data.is_panic ? 101 : 1);
  });

  // One request at a time, like the native engine.
  let queue = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  input.on('line', (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      printed.get(message.id)?.();
      printed.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });

  // The CLI closes stdin when done and waits for the exit; open pg pools would keep us alive.
  input.on('close', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
}
