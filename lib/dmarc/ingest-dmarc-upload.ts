import { DMARC_INPUT_LIMITS } from '@/audit/dmarc-report/limits';
import { refuseTooLarge } from '@/audit/dmarc-report/refusal';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import type { DmarcRouteName } from './dmarc-route';
import { type IngestedInput, ingestDmarcInput } from './ingest-dmarc-input';
import type { RecordReportDeps } from './record-dmarc-report';
import { recordRefusedDmarcInput } from './record-refused-dmarc-input';

/** A streamed upload: the size it declares (Content-Length), and a reader of at most `limit` bytes. */
export interface DmarcUpload {
  declaredBytes: number | null;
  read(limit: number): Promise<Uint8Array>;
}

/** The Invalid list's size column is 32-bit; a declared size past it is listed as its largest. */
const LISTED_SIZE_MAX = 2_147_483_647;

/**
 * One input arriving as a raw body (the API's streamed upload). A body declaring more than the
 * parser reads of one input is refused unread; any other is read to one byte past that limit
 * (enough for the parser to refuse a larger one as `too large` without holding it) and ingested.
 * A refusal for size is listed in the Invalid list like every other refusal.
 */
export async function ingestDmarcUpload(
  actor: AuditActor,
  upload: DmarcUpload,
  input: { fileName: string; route: DmarcRouteName },
  deps: RecordReportDeps = {},
): Promise<IngestedInput> {
  const limit = DMARC_INPUT_LIMITS.xmlInputBytes;
  if (upload.declaredBytes !== null && upload.declaredBytes > limit) {
    const reason = refuseTooLarge(`the upload declares ${upload.declaredBytes} bytes, over ${limit}`).message;
    const sizeBytes = Math.min(upload.declaredBytes, LISTED_SIZE_MAX);
    await recordRefusedDmarcInput(
      actor,
      { fileName: input.fileName, reason, sizeBytes, route: input.route },
      deps.db,
    );
    return { fileName: input.fileName, refused: reason, reports: [] };
  }
  return ingestDmarcInput(actor, await upload.read(limit + 1), input, deps);
}
