// The driver-adapter factory handed to the WebAssembly schema engine: @prisma/adapter-pg with the
// three fixes that migrations need (each one broke a `prisma migrate` command until handled).
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, DriverAdapterError } from '@prisma/driver-adapter-utils';
import pg from 'pg';

/** PostgreSQL type oid of "char", the one-byte type of catalog columns such as pg_constraint.contype. */
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * The engine's catalog queries read "char" columns, which adapter-pg refuses to map to a column type,
 * and the engine reads them back as a single character. So: let adapter-pg see text, then report
 * those columns as Character. The per-call `this` keeps concurrent queries apart.
 */
function patchQueryable(queryable) {
  const queryRaw = queryable.queryRaw;
  const performIO = queryable.performIO;
  queryable.queryRaw = async (query) => {
    const charColumns = [];
    const self = Object.create(queryable, {
      performIO: {
        value: async (q) => {
          const result = await performIO.call(queryable, q);
          result.fields.forEach((field, index) => {
            if (field.dataTypeID !== CHAR_OID) return;
            charColumns.push(index);
            field.dataTypeID = TEXT_OID;
          });
          return result;
        },
      },
    });
    const resultSet = await queryRaw.call(self, query);
    for (const index of charColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

/** Applies the fixes to an adapter returned by PrismaPg#connect() (pinned 7.10.1 internals). */
function patchAdapter(adapter) {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => patchQueryable(await startTransaction(isolationLevel));
  // adapter-pg splits scripts on every ";", which breaks dollar-quoted function bodies and leaves a
  // migration half-applied. One simple-protocol query runs the whole script atomically, as the
  // native engine does.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** `url` with its database replaced; pg lets a connection string override a `database` field. */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Prisma URLs may carry `?schema=`; the adapter takes it as an option, pg would ignore it. */
function schemaOf(url) {
  return new URL(url).searchParams.get('schema') ?? undefined;
}

function driverError(message) {
  return new DriverAdapterError({ kind: 'postgres', code: 'N/A', severity: 'ERROR', message });
}

/**
 * A SqlMigrationAwareDriverAdapterFactory for PostgreSQL.
 * Shadow databases: adapter-pg drops its temporary database before closing the pool that still
 * uses it, and names it with a `database` field that the connection string overrides; so this
 * factory creates and drops a uniquely named one itself. A configured shadowDatabaseUrl is reset
 * (its schema dropped and recreated) before use, as the native engine does.
 */
export class PgMigrationAdapterFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';
  /** Temporary shadow databases not yet dropped, so an interrupted run can still clean up. */
  #liveShadowDbs = new Set();

  constructor({ url, shadowDatabaseUrl }) {
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
  }

  #pgFactory(url) {
    if (!url) throw driverError('The datasource URL is empty: set DATABASE_URL (see prisma.config.ts).');
    return new PrismaPg({ connectionString: url }, { schema: schemaOf(url) });
  }

  async connect() {
    return patchAdapter(await this.#pgFactory(this.url).connect());
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      const adapter = await this.#connectTo(this.shadowDatabaseUrl);
      const schema = quoteIdent(schemaOf(this.shadowDatabaseUrl) ?? 'public');
      await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
      return adapter;
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await this.#admin(`CREATE DATABASE ${quoteIdent(name)}`);
    this.#liveShadowDbs.add(name);
    const adapter = await this.#connectTo(withDatabase(this.url, name));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.#dropShadowDb(name);
    };
    return adapter;
  }

  /** Drops shadow databases whose adapter was never disposed (engine error, stdin closed). */
  async dropLeftovers() {
    await Promise.allSettled([...this.#liveShadowDbs].map((name) => this.#dropShadowDb(name)));
  }

  async #connectTo(url) {
    return patchAdapter(await this.#pgFactory(url).connect());
  }

  async #dropShadowDb(name) {
    // FORCE (PostgreSQL 13+) ends connections a pool may still be closing.
    await this.#admin(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    this.#liveShadowDbs.delete(name);
  }

  async #admin(sql) {
    const client = new pg.Client({ connectionString: this.url });
    try {
      await client.connect();
      await client.query(sql);
    } catch (error) {
      throw driverError(error instanceof Error ? error.message : String(error));
    } finally {
      await client.end().catch(() => {});
    }
  }
}
