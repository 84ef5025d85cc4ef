import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
// Importing the config sets PRISMA_SCHEMA_ENGINE_BINARY (the offline engine) as the CLI would.
import prismaConfig from '@/prisma.config';
import { runPrismaCli } from '@/testing/prisma-cli';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  throw new Error(
    'lib/db/migrations.test.ts needs DATABASE_URL (a PostgreSQL superuser URL of a test cluster); it is run by `npm test`',
  );
}

const schemaPath = prismaConfig.schema ?? 'prisma/schema.prisma';
const migrationsPath = prismaConfig.migrations?.path ?? 'prisma/migrations';
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CLI_TIMEOUT = 120_000;

describe('prisma/migrations', () => {
  it(
    'match prisma/schema.prisma (migrate diff --exit-code finds no difference)',
    async () => {
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toMatch(/prisma\/engine\/schema-engine\.mjs$/);
      const { stdout } = await runPrismaCli(
        ['migrate', 'diff', '--from-migrations', migrationsPath, '--to-schema', schemaPath, '--exit-code'],
        baseUrl,
      );
      expect(stdout).toContain('No difference detected.');
    },
    CLI_TIMEOUT,
  );
});

describe('a database migrated with `prisma migrate deploy`', () => {
  let scratch: ScratchDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    scratch = await createScratchDatabase('migrations', { migrate: 'deploy' });
    db = scratch.db;
  }, CLI_TIMEOUT);

  afterAll(() => scratch?.drop());

  it('stores and reads a domain, a scan run and its domain scan', async () => {
    const domain = await db.domain.create({ data: { ascii: 'xn--bcher-kva.test', unicode: 'bücher.test' } });
    expect(domain).toMatchObject({ parked: false, selectors: [], notes: '', archivedAt: null });
    expect(domain.id).toMatch(UUID_V7);

    const run = await db.scanRun.create({
      data: { trigger: 'manual', scope: { kind: 'domain', ids: [domain.id] }, status: 'running', total: 1 },
    });
    const finishedAt = new Date('2026-01-02T03:04:05.678Z');
    const hash = new Uint8Array(32).fill(7);
    await db.domainScan.create({
      data: {
        run: { connect: { id: run.id } },
        domain: { connect: { id: domain.id } },
        status: 'complete',
        storedReport: { create: { hash, body: { spf: { status: 'pass' } } } },
        queries: 7,
        finishedAt,
      },
    });

    const scan = await db.domainScan.findUniqueOrThrow({
      where: { runNumber_domainId: { runNumber: run.number, domainId: domain.id } },
      include: { run: true, domain: true, storedReport: true },
    });
    expect(scan).toMatchObject({ status: 'complete', queries: 7, finishedAt });
    expect(scan.storedReport?.body).toEqual({ spf: { status: 'pass' } });
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
    const key = { runNumber: run.number, domainId: domain.id };
    await db.domainScan.create({ data: { ...key, status: 'complete' } });

    await expect(db.domainScan.create({ data: { ...key, status: 'complete' } })).rejects.toMatchObject({
      code: 'P2002',
    });
    await db.domainScan.upsert({
      where: { runNumber_domainId: key },
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

  it('compresses report bodies with LZ4 (this server has it; one without keeps pglz)', async () => {
    const [column] = await db.$queryRaw<Array<{ compression: string }>>`
      SELECT attcompression::text AS compression FROM pg_attribute
      WHERE attrelid = 'scan_reports'::regclass AND attname = 'body'`;
    expect(column?.compression).toBe('l');
  });
});

describe('lib/db prisma', () => {
  it('is one client per process, built from DATABASE_URL on first use', async () => {
    expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    expect((globalThis as { kensaPrisma?: unknown }).kensaPrisma).toBeDefined();
    await prisma.$disconnect();
  });
});
