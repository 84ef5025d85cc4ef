import { z } from 'zod';
import type { MessageOutcome } from '@/audit/received-mail/classify-message';
import { DailyAggregator } from '@/audit/received-mail/daily-aggregates';
import { PeriodCalendar } from '@/audit/received-mail/period-start';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { kensaTimeZone } from '@/lib/i18n/format';
import { uuidv7 } from '@/lib/import/uuid-v7';

export const mailIngestInput = z.object({
  sourceId: z.uuid(),
  /** What was read (a file name, "IMAP INBOX"); shown in the ingest history, never message content. */
  label: z.string().trim().min(1).max(300),
  /**
   * The ingest this batch belongs to: an upload read in many batches is one row of the history,
   * growing with each batch (the caller picks the id once; the first batch creates the row).
   * Without it each batch is its own row.
   */
  ingestId: z.uuid().optional(),
});

export interface MailIngestCounts {
  counted: number;
  untrusted: number;
  duplicates: number;
  malformed: number;
}

type Tx = Prisma.TransactionClient;

/** A batch of several thousand messages is two statements, but a loaded database may be slow. */
const TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * Stores one batch of classified messages (`classifyMessage`, the ingest core every input shares:
 * CLI files, uploads, IMAP) into a data source: the daily aggregates grow, each Message-ID digest
 * is remembered so that the same message read again — in this batch, a re-upload, an IMAP pull
 * repeated after a crash — counts as a duplicate, and the batch's counts land in `mail_ingests`
 * with its audit entry, all in one transaction. Two batches racing on one message: the second
 * insert of its digest waits for the first and then finds it (ON CONFLICT DO NOTHING), so it
 * counts once. Malformed messages without a receive day are remembered under today's.
 */
export async function recordMailIngest(
  actor: AuditActor,
  input: z.infer<typeof mailIngestInput>,
  outcomes: readonly MessageOutcome[],
  db: PrismaClient = prisma,
  timeZone: string = kensaTimeZone(),
): Promise<MailIngestCounts> {
  const { sourceId, label, ingestId = uuidv7() } = mailIngestInput.parse(input);
  const calendar = new PeriodCalendar('day', timeZone);
  const today = calendar.periodStart(Date.now());
  const dayOf = (outcome: MessageOutcome) =>
    outcome.kind === 'malformed' ? today : calendar.periodStart(outcome.receivedAt);
  return db.$transaction(async (tx) => {
    const fresh = await rememberDigests(tx, sourceId, outcomes, dayOf);
    const counts: MailIngestCounts = { counted: 0, untrusted: 0, duplicates: 0, malformed: 0 };
    const aggregator = new DailyAggregator(timeZone);
    for (const outcome of outcomes) {
      // delete(): the first of several copies in one batch takes the fresh digest; the rest are duplicates.
      if (outcome.messageId !== null && !fresh.delete(outcome.messageId)) {
        counts.duplicates++;
        continue;
      }
      counts[outcome.kind]++;
      if (outcome.kind === 'counted') aggregator.add(outcome.receivedAt, outcome.verdicts);
    }
    await addAggregates(tx, sourceId, aggregator);
    await addToIngest(tx, { id: ingestId, sourceId, label }, counts);
    await recordAuditEvent(
      actor,
      {
        action: 'mail.ingest',
        target: { type: 'mail-source', id: sourceId, label },
        after: { ...counts, ingestId },
      },
      tx,
    );
    return counts;
  }, TRANSACTION);
}

/** Inserts the batch's Message-ID digests; returns those this source had not seen before. */
async function rememberDigests(
  tx: Tx,
  sourceId: string,
  outcomes: readonly MessageOutcome[],
  dayOf: (outcome: MessageOutcome) => string,
): Promise<Set<string>> {
  const withId = outcomes.filter((outcome) => outcome.messageId !== null);
  if (withId.length === 0) return new Set();
  const inserted = await tx.$queryRaw<Array<{ digest: string }>>`
    INSERT INTO mail_seen_messages (source_id, digest, day)
    SELECT ${sourceId}::uuid, seen.digest, seen.day
    FROM unnest(${withId.map((o) => o.messageId)}::text[], ${withId.map(dayOf)}::date[]) AS seen(digest, day)
    ON CONFLICT DO NOTHING
    RETURNING digest`;
  return new Set(inserted.map((row) => row.digest));
}

/** Creates the ingest's row, or adds the batch's counts to it; an id of another source is refused. */
async function addToIngest(
  tx: Tx,
  ingest: { id: string; sourceId: string; label: string },
  counts: MailIngestCounts,
): Promise<void> {
  const { counted, untrusted, duplicates, malformed } = counts;
  const rows = await tx.$executeRaw`
    INSERT INTO mail_ingests (id, source_id, label, counted, untrusted, duplicates, malformed)
    VALUES (${ingest.id}::uuid, ${ingest.sourceId}::uuid, ${ingest.label}, ${counted}, ${untrusted},
      ${duplicates}, ${malformed})
    ON CONFLICT (id) DO UPDATE SET counted = mail_ingests.counted + EXCLUDED.counted,
      untrusted = mail_ingests.untrusted + EXCLUDED.untrusted,
      duplicates = mail_ingests.duplicates + EXCLUDED.duplicates,
      malformed = mail_ingests.malformed + EXCLUDED.malformed
    WHERE mail_ingests.source_id = EXCLUDED.source_id`;
  if (rows !== 1) throw new Error(`ingest ${ingest.id} belongs to another data source`);
}

async function addAggregates(tx: Tx, sourceId: string, aggregator: DailyAggregator): Promise<void> {
  const rows = aggregator.result();
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO mail_daily_aggregates (source_id, day, sender_domain, spf, dkim, dmarc, messages)
    SELECT ${sourceId}::uuid, r.day, r.sender_domain, r.spf, r.dkim, r.dmarc, r.messages
    FROM unnest(${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.senderDomain)}::text[],
      ${rows.map((r) => r.spf)}::text[], ${rows.map((r) => r.dkim)}::text[], ${rows.map((r) => r.dmarc)}::text[],
      ${rows.map((r) => r.messages)}::int[]) AS r(day, sender_domain, spf, dkim, dmarc, messages)
    ON CONFLICT (source_id, day, sender_domain, spf, dkim, dmarc)
    DO UPDATE SET messages = mail_daily_aggregates.messages + EXCLUDED.messages`;
}
