/**
 * For tests and benchmarks: a throw-away PostgreSQL database with Kensa's schema, so test files that
 * run in parallel never share tables, and a Prisma client on it. Needs the URL of a superuser of a
 * test cluster (DATABASE_URL under npm test, or a private cluster of the test's own).
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { runPrismaCli } from './prisma-cli';
import { REPO_ROOT } from './repo-root';

const MIGRATIONS = join(REPO_ROOT, 'prisma/migrations');

export interface ScratchDatabaseOptions {
  /** Superuser URL of the cluster to create it on; default: DATABASE_URL. */
  serverUrl?: string;
  /**
   * How the schema is built. 'sql' (default) applies each migration's SQL in order: the schema
   * `prisma migrate deploy` builds, in a fraction of its time. 'deploy' runs `prisma migrate deploy`
   * itself (offline engine from prisma.config.ts), for tests of the deploy path.
   */
  migrate?: 'sql' | 'deploy';
  /** With 'sql': apply only the migrations whose folder sorts before this one (tests of a migration). */
  before?: string;
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** A client of its own on the database (connects on first query). */
  db: PrismaClient;
  /** Disconnects `db` and drops the database, ending any other connection to it. */
  drop(): Promise<void>;
}

/** Creates `kensa_<prefix>_<random>` on the cluster, builds the schema and returns a client for it. */
export async function createScratchDatabase(
  prefix: string,
  { serverUrl = process.env.DATABASE_URL, migrate = 'sql', before }: ScratchDatabaseOptions = {},
): Promise<ScratchDatabase> {
  if (!serverUrl)
    throw new Error('a scratch database needs DATABASE_URL (a PostgreSQL superuser URL); npm test sets it');
  const name = `kensa_${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await runSql(serverUrl, [`CREATE DATABASE "${name}"`]);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = () => runSql(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
  try {
    if (migrate === 'deploy') await runPrismaCli(['migrate', 'deploy'], url.toString());
    else
      await runSql(
        url.toString(),
        await migrationScripts((folder) => before === undefined || folder < before),
      );
  } catch (error) {
    await drop();
    throw error;
  }
  const db = createPrismaClient(url.toString());
  return {
    name,
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      await drop();
    },
  };
}

/** The SQL of each migration `wanted`, in the order Prisma applies them (folder names begin with a timestamp). */
async function migrationScripts(wanted: (folder: string) => boolean): Promise<string[]> {
  const folders = (await readdir(MIGRATIONS, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && wanted(entry.name))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(folders.map((folder) => readFile(join(MIGRATIONS, folder, 'migration.sql'), 'utf8')));
}

/** Applies one migration's SQL to a scratch database built `before` it. */
export async function applyMigration(url: string, folder: string): Promise<void> {
  await runSql(url, [await readFile(join(MIGRATIONS, folder, 'migration.sql'), 'utf8')]);
}

/**
 * Applies `folder` and every later migration to a scratch database built before it, so the data a
 * test put there is read back through the current schema and client.
 */
export async function applyMigrationsFrom(url: string, folder: string): Promise<void> {
  await runSql(url, await migrationScripts((name) => name >= folder));
}

/** Runs each script as one simple query (dollar-quoted bodies stay whole), on a connection of its own. */
async function runSql(url: string, scripts: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const script of scripts) await client.query(script);
  } finally {
    await client.end();
  }
}
