import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

/**
 * DATABASE_URL, read where the client is built. lib/env.ts validates the whole environment at
 * start-up; this only has to name the variable when a script or test runs without it.
 */
function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: Kensa needs a postgresql:// URL for its database');
  return url;
}

/** A client with its own connection pool, for tests and processes that need a separate database. */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// Kept on globalThis so Next's hot reload, which re-evaluates modules, reuses one pool per process.
const processGlobal = globalThis as typeof globalThis & { kensaPrisma?: PrismaClient };

function sharedClient(): PrismaClient {
  processGlobal.kensaPrisma ??= createPrismaClient(databaseUrl());
  return processGlobal.kensaPrisma;
}

/**
 * The process's client. Built on first use, not on import, so `next build` and modules that are only
 * imported (never queried) work without DATABASE_URL.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = sharedClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
