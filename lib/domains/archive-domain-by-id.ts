import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { archiveDomainHistory } from './archive-domain-history';

/** Ending a long-registered domain's periods recomputes its history in every scope it was in. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Archives an active domain in its own transaction (see archiveDomainHistory: never a hard delete,
 * its past days keep counting). False when there is no active domain with that id. The one path for
 * the archive button and the API.
 */
export async function archiveDomainById(domainId: string, db: PrismaClient = prisma): Promise<boolean> {
  return db.$transaction((tx) => archiveDomainHistory(tx, domainId), { timeout: TRANSACTION_TIMEOUT_MS });
}
