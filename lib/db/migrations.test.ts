import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient, prisma } from '@/lib/db';
// Importing the config sets PRISMA_SCHEMA_ENGINE_BINARY (the offline engine) as the CLI would.
import prismaConfig from '@/prisma.config';

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  throw new Error(
    'lib/db/migrations.test.ts needs DATABASE_URL (a PostgreSQL superuser URL of a test cluster); it is run by `npm test`',
  );
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const prismaCli = path.join(root, 'node_modules/prisma/build/index.js');
const schemaPath = prismaConfig.schema ?? 'prisma/schema.prisma';
const migrationsPath = prismaConfig.migrations?.path ?? 'prisma/migrations';
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CLI_TIMEOUT = 120_000;

/** Runs the Prisma CLI offline (the engine shim from prisma.config.ts) against `databaseUrl`. */
async function runPrisma(args: string[], databaseUrl: string) {
  return promisify(execFile)(process.execPath, [prismaCli, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: CLI_TIMEOUT,
  });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('prisma/migrations', () => {
  it(
    'match prisma/schema.prisma (migrate diff --exit-code finds no difference)',
    async () => {
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toMatch(/prisma-schema-engine\.mjs$/);
      const { stdout } = await runPrisma(
        ['migrate', 'diff', '--from-migrations', migrationsPath, '--to-schema', schemaPath, '--exit-code'],
        baseUrl,
      );
      expect(stdout).toContain('No difference detected.');
    },
    CLI_TIMEOUT,
  );
});

describe('a database migrated with `prisma migrate deploy`', () => {
  const dbName = `kensa_migrations_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let db: PrismaClient;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${dbName}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${dbName}`;
    await runPrisma(['migrate', 'deploy'], url.toString());
    db = createPrismaClient(url.toString());
  }, CLI_TIMEOUT);

  afterAll(async () => {
    await db?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  it('stores and reads a domain, a scan run and its domain scan', async () => {
    const domain = await db.domain.create({ data: { ascii: 'xn--bcher-kva.test', unicode: 'bücher.test' } });
    expect(domain).toMatchObject({ parked: false, selectors: [], notes: '', archivedAt: null });
    expect(domain.id).toMatch(UUID_V7);

    const run = await db.scanRun.create({
      data: { trigger: 'manual', scope: { kind: 'domain', ids: [domain.id] }, status: 'running', total: 1 },
    });
    const finishedAt = new Date('2026-01-02T03:04:05.678Z');
    await db.domainScan.create({
      data: {
        runId: run.id,
        domainId: domain.id,
        status: 'complete',
        report: { spf: { status: 'pass' } },
        queries: 7,
        finishedAt,
      },
    });

    const scan = await db.domainScan.findUniqueOrThrow({
      where: { runId_domainId: { runId: run.id, domainId: domain.id } },
      include: { run: true, domain: true },
    });
    expect(scan).toMatchObject({
      status: 'complete',
      report: { spf: { status: 'pass' } },
      queries: 7,
      finishedAt,
    });
    expect(scan.run).toMatchObject({
      trigger: 'manual',
      scope: { kind: 'domain', ids: [domain.id] },
      done: 0,
    });
    expect(scan.domain.unicode).toBe('bücher.test');
  });

  it('keeps one result per domain per run: a second insert is rejected, an upsert updates', async () => {
    const domain = await db.domain.create({ data: { ascii: 'retry.test', unicode: 'retry.test' } });
    const run = await db.scanRun.create({ data: { trigger: 'api', scope: { kind: 'all' }, total: 1 } });
    const key = { runId: run.id, domainId: domain.id };
    await db.domainScan.create({ data: key });

    await expect(db.domainScan.create({ data: key })).rejects.toMatchObject({ code: 'P2002' });
    await db.domainScan.upsert({
      where: { runId_domainId: key },
      create: { ...key, status: 'failed' },
      update: { status: 'failed', error: 'SERVFAIL' },
    });
    expect(await db.domainScan.findMany({ where: key })).toEqual([
      expect.objectContaining({ status: 'failed', error: 'SERVFAIL' }),
    ]);
  });

  it('rejects an e-mail address that is not lower-case', async () => {
    await expect(
      db.user.create({ data: { email: 'Admin@Example.test', passwordHash: 'x', role: 'admin' } }),
    ).rejects.toThrow(/users_email_lower/);
  });
});

describe('lib/db prisma', () => {
  it('is one client per process, built from DATABASE_URL on first use', async () => {
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    expect((globalThis as { kensaPrisma?: unknown }).kensaPrisma).toBeDefined();
    await prisma.$disconnect();
  });
});
