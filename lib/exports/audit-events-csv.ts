import type { AuditEvent, PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import type { AuditCursor } from '@/lib/queries/audit-event-cursor';
import type { AuditEventFilter } from '@/lib/queries/audit-event-filter';
import { listAuditEvents } from '@/lib/queries/list-audit-events';
import { textStreamOfBatches } from './batch-stream';
import { attachmentDisposition, exportFilename } from './export-filename';
import { localDateTime } from './local-date-time';
import { CSV_BOM, csvLine } from './spreadsheet-cell';

const BATCH = 1_000;

const COLUMNS = [
  'time',
  'timeUtc',
  'action',
  'actor',
  'actorUserId',
  'tokenName',
  'tokenId',
  'clientAddress',
  'targetType',
  'targetId',
  'targetLabel',
  'before',
  'after',
  'id',
] as const;

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** One entry as a CSV line. Every text cell goes through csvField: labels and JSON are attacker-influenced. */
function auditEventLine(event: AuditEvent): string {
  const cells: Record<(typeof COLUMNS)[number], string | null> = {
    time: localDateTime(event.at),
    timeUtc: event.at.toISOString(),
    action: event.action,
    actor: event.actorLabel,
    actorUserId: event.actorUserId,
    tokenName: event.tokenName,
    tokenId: event.tokenId,
    clientAddress: event.clientAddress,
    targetType: event.targetType,
    targetId: event.targetId,
    targetLabel: event.targetLabel,
    before: json(event.before),
    after: json(event.after),
    id: event.id,
  };
  return csvLine(COLUMNS.map((column) => cells[column]));
}

/** The filtered entries, newest first, page after page of the same keyset query the page uses. */
async function* auditEventBatches(
  viewer: Viewer,
  filter: AuditEventFilter,
  { db, signal, batchSize = BATCH }: AuditEventsCsvOptions,
): AsyncGenerator<AuditEvent[]> {
  let after: AuditCursor | null = null;
  do {
    if (signal?.aborted) return;
    const page = await listAuditEvents(viewer, filter, { after, limit: batchSize }, db);
    if (page.rows.length > 0) yield page.rows;
    after = page.next;
  } while (after);
}

export interface AuditEventsCsvOptions {
  db?: PrismaClient;
  /** The request's signal: the reading stops when the client goes away. */
  signal?: AbortSignal;
  batchSize?: number;
}

/**
 * The audit entries a filter selects as a streamed CSV download (UTF-8 with BOM, CRLF, as the
 * domains export): `time` on the users' clock for spreadsheets, `timeUtc` to be unambiguous,
 * before/after as JSON text. Formula-like text is neutralised (lib/exports/spreadsheet-cell.ts).
 */
export function auditEventsCsvResponse(
  viewer: Viewer,
  filter: AuditEventFilter,
  options: AuditEventsCsvOptions = {},
): Response {
  const lines = (batch: AuditEvent[]) => batch.map(auditEventLine).join('');
  const body = textStreamOfBatches(
    auditEventBatches(viewer, filter, options),
    CSV_BOM + csvLine(COLUMNS),
    lines,
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(exportFilename('audit-log', 'csv')),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
