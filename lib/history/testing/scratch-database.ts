/**
 * For tests and benchmarks: a throw-away PostgreSQL database migrated with `prisma migrate deploy`,
 * so test files running in parallel never share tables. Needs DATABASE_URL of a superuser (npm test).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
// Importing the config sets PRISMA_SCHEMA_ENGINE_BINARY (the offline engine) as the CLI would.
import '@/prisma.config';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface ScratchDatabase {
  url: string;
  db: PrismaClient;
  drop(): Promise<void>;
}

async function admin(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `kensa_<prefix>_<random>`, migrates it and returns a client for it. */
export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl)
    throw new Error('a scratch database needs DATABASE_URL (a PostgreSQL superuser URL); npm test sets it');
  const name = `kensa_${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await admin(baseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await promisify(execFile)(
    process.execPath,
    [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'],
    { cwd: root, env: { ...process.env, DATABASE_URL: url.toString() }, timeout: 120_000 },
  );
  const db = createPrismaClient(url.toString());
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      await admin(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
