import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { dmarcRoute, inputLabel } from './dmarc-route';

/** The Invalid list keeps this many inputs; older ones go as new ones come. */
export const REFUSED_INPUTS_KEPT = 10_000;

export const refusedInput = z.object({
  fileName: inputLabel,
  reason: z.string().transform((reason) => reason.replace(/[\p{Cc}\p{Cf}]/gu, ' ').slice(0, 500)),
  sizeBytes: z.number().int().min(0).max(2_147_483_647),
  route: dmarcRoute,
});

/**
 * Lists an input that was not stored as a report — its name, the reason, its size and route, never
 * its content (it may be a hostile file) — with its audit entry, in one transaction; then trims the
 * list to the newest REFUSED_INPUTS_KEPT so a flood of junk cannot grow it without end.
 */
export async function recordRefusedDmarcInput(
  actor: AuditActor,
  input: z.input<typeof refusedInput>,
  db: PrismaClient = prisma,
): Promise<string> {
  const data = refusedInput.parse(input);
  return db.$transaction(async (tx) => {
    const row = await tx.dmarcRefusedInput.create({ data });
    await recordAuditEvent(
      actor,
      {
        action: 'dmarc-report.refuse',
        target: { type: 'dmarc-refused-input', id: row.id, label: data.fileName },
        after: { reason: data.reason, sizeBytes: data.sizeBytes, route: data.route },
      },
      tx,
    );
    await tx.$executeRaw`
      DELETE FROM dmarc_refused_inputs WHERE id IN (
        SELECT id FROM dmarc_refused_inputs ORDER BY received_at DESC, id DESC OFFSET ${REFUSED_INPUTS_KEPT})`;
    return row.id;
  });
}
