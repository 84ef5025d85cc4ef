import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from './actor-of';
import { recordAuditEvent } from './record-audit-event';

const DAY_MS = 86_400_000;
/** Rows deleted per transaction: a first purge of a large log never holds one long transaction. */
const BATCH = 10_000;

export interface PurgeOptions {
  now?: Date;
  batchSize?: number;
}

/**
 * Deletes the audit entries older than `retentionDays`, oldest first, in batches. audit_events is
 * append-only by trigger; each batch's transaction alone lifts that for DELETE with
 * `SET LOCAL kensa.audit_purge = 'on'`, which ends with the transaction, so no other statement on a
 * pooled connection inherits it. The purge records itself (`audit-log.purge`, by the system) in
 * its last batch when it deleted anything. Returns how many entries it deleted.
 */
export async function purgeAuditEvents(
  db: PrismaClient,
  retentionDays: number,
  { now = new Date(), batchSize = BATCH }: PurgeOptions = {},
): Promise<number> {
  const olderThan = new Date(now.getTime() - retentionDays * DAY_MS);
  let deleted = 0;
  for (;;) {
    const last = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SET LOCAL kensa.audit_purge = 'on'`;
        const count = await tx.$executeRaw`
          DELETE FROM audit_events WHERE id IN (
            SELECT id FROM audit_events WHERE at < ${olderThan} ORDER BY at LIMIT ${batchSize})`;
        deleted += count;
        if (count === batchSize) return false;
        const after = { deleted, olderThan: olderThan.toISOString(), retentionDays };
        if (deleted > 0)
          await recordAuditEvent(
            SYSTEM_ACTOR,
            { action: 'audit-log.purge', target: { type: 'audit-log' }, after },
            tx,
          );
        return true;
      },
      { timeout: 120_000 },
    );
    if (last) return deleted;
  }
}
