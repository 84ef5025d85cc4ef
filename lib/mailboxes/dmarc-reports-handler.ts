import type { Buffer } from 'node:buffer';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { ingestDmarcInput } from '@/lib/dmarc/ingest-dmarc-input';
import type { HandlerAccount, MessageVerdict } from './purpose-handlers';

/**
 * A report mailbox's message (issue 14): read by the same parser and stored by the same core as an
 * upload, with route `imap`. A message the parser refuses (no report attached, DOCTYPE, too large)
 * is in the Invalid list with the reason and goes to the invalid folder; a report already stored
 * (a pull repeated after a crash, or the same report mailed twice) is accepted again and stored once.
 */
export async function ingestDmarcReportMessage(
  bytes: Buffer,
  account: HandlerAccount,
  db: PrismaClient,
): Promise<MessageVerdict> {
  const ingested = await ingestDmarcInput(
    SYSTEM_ACTOR,
    bytes,
    { fileName: `IMAP ${account.name}`, route: 'imap' },
    { db },
  );
  return ingested.refused === null ? { kind: 'accepted' } : { kind: 'refused', reason: ingested.refused };
}
