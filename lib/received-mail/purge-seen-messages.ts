import { PeriodCalendar } from '@/audit/received-mail/period-start';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { kensaTimeZone } from '@/lib/i18n/format';

const DAY_MS = 86_400_000;
/** Rows deleted per transaction: a first purge of years of digests never holds one long transaction. */
const BATCH = 50_000;

export interface PurgeSeenMessagesOptions {
  now?: Date;
  timeZone?: string;
  batchSize?: number;
}

/**
 * Deletes the Message-ID digests (mail_seen_messages) of messages received more than
 * `retentionDays` days ago (their receive day, in KENSA_TIME_ZONE), in batches, by the `day` index.
 * Digests only catch a message read twice; once older than the retention, reading it again counts it
 * again, which is why the default (400 days) outlasts a year's re-upload. The aggregates are kept.
 * Records `mail-source.purge` (by the system) in its last batch when it deleted anything.
 */
export async function purgeSeenMessages(
  db: PrismaClient,
  retentionDays: number,
  { now = new Date(), timeZone = kensaTimeZone(), batchSize = BATCH }: PurgeSeenMessagesOptions = {},
): Promise<number> {
  const olderThan = new PeriodCalendar('day', timeZone).periodStart(now.getTime() - retentionDays * DAY_MS);
  let deleted = 0;
  for (;;) {
    const last = await db.$transaction(
      async (tx) => {
        const count = await tx.$executeRaw`
          DELETE FROM mail_seen_messages WHERE ctid IN (
            SELECT ctid FROM mail_seen_messages WHERE day < ${olderThan}::date LIMIT ${batchSize})`;
        deleted += count;
        if (count === batchSize) return false;
        if (deleted > 0)
          await recordAuditEvent(
            SYSTEM_ACTOR,
            {
              action: 'mail-source.purge',
              target: { type: 'mail-source' },
              after: { deleted, olderThan, retentionDays },
            },
            tx,
          );
        return true;
      },
      { timeout: 120_000 },
    );
    if (last) return deleted;
  }
}
