import { Buffer } from 'node:buffer';
import type { MessageOutcome } from '@/audit/received-mail/classify-message';
import { MailFileSplitter } from '@/audit/received-mail/mail-file-splitter';
import type { PrismaClient } from '@/generated/prisma/client';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { uuidv7 } from '@/lib/import/uuid-v7';
import { type ClassifiedSource, classifierFor } from './classifier-for';
import { type MailIngestCounts, recordMailIngest } from './record-mail-ingest';

/** One file of an upload, as its bytes arrive. */
export interface MailFile {
  name: string;
  bytes: AsyncIterable<Uint8Array>;
}

/** Why an upload stopped before its end; what was read until then is stored. */
export class MailUploadStop extends Error {
  constructor(readonly code: 'too-large' | 'too-many-files' | 'aborted' | 'unreadable') {
    super(`upload stopped: ${code}`);
  }
}

export interface MailUploadResult extends MailIngestCounts {
  ingestId: string;
  messages: number;
  files: number;
  /** Set when the upload stopped early; the counts are what was stored until then. */
  stopped: MailUploadStop['code'] | null;
}

export interface IngestSource extends ClassifiedSource {
  id: string;
}

/** Outcomes per transaction: small (no header text), and few enough that one commit stays short. */
export const INGEST_BATCH = 5_000;

/**
 * Reads an upload's files as they stream in — nothing is held but the splitter's current header
 * block and the outcomes of one batch — and stores them into the source as one ingest (one history
 * row) in batches of INGEST_BATCH, each with its audit entry. Awaiting each batch before pulling the
 * next chunk is the back-pressure: the sender waits while the database writes. Malformed messages
 * are counted; a MailUploadStop thrown by `files` (a bound passed, the client gone) ends the read,
 * keeps what was stored and is returned as `stopped`. Bodies are skipped unread (MessageSplitter).
 */
export async function ingestMailFiles(
  actor: AuditActor,
  source: IngestSource,
  label: string,
  files: AsyncIterable<MailFile>,
  {
    db = prisma,
    timeZone,
    batchSize = INGEST_BATCH,
  }: { db?: PrismaClient; timeZone?: string; batchSize?: number } = {},
): Promise<MailUploadResult> {
  const classify = classifierFor(source);
  const ingestId = uuidv7();
  const total: MailUploadResult = {
    ingestId,
    counted: 0,
    untrusted: 0,
    duplicates: 0,
    malformed: 0,
    messages: 0,
    files: 0,
    stopped: null,
  };
  let outcomes: MessageOutcome[] = [];
  let flushed = false;
  const flush = async () => {
    const batch = outcomes;
    outcomes = [];
    const counts = await recordMailIngest(
      actor,
      { sourceId: source.id, label, ingestId },
      batch,
      db,
      timeZone,
    );
    for (const key of ['counted', 'untrusted', 'duplicates', 'malformed'] as const) total[key] += counts[key];
    total.messages += batch.length;
    flushed = true;
  };
  const onMessage = (block: Buffer | null) => outcomes.push(classify(block));
  try {
    for await (const file of files) {
      total.files++;
      const splitter = new MailFileSplitter(file.name, onMessage);
      for await (const chunk of file.bytes) {
        // A single message's body is drained unread: the stream must reach its end for the next file.
        if (!splitter.done) splitter.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (outcomes.length >= batchSize) await flush();
      }
      splitter.end();
    }
  } catch (error) {
    if (!(error instanceof MailUploadStop)) throw error;
    total.stopped = error.code;
  }
  if (outcomes.length > 0 || !flushed) await flush();
  return total;
}
