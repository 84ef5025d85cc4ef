import { normalizeDomain } from '@/audit/domain-name';
import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { registerDomain } from './register-domain';

export type RegisterByNameResult =
  | { ok: true; domain: { id: string; ascii: string; unicode: string } }
  | { ok: false; error: string };

/**
 * Registers a domain from what a person typed (Unicode or ASCII): normalised per UTS #46, then
 * registered with its registration period. The one path for the add-domain form and the API. The
 * audit log gets `domain.register` when a domain is new or comes back from the archive; adding one
 * already registered changes nothing and records nothing.
 */
export async function registerDomainByName(
  input: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<RegisterByNameResult> {
  const name = normalizeDomain(input.slice(0, 1000));
  if (!name.ok) return { ok: false, error: name.error };
  const domain = await db.$transaction(async (tx) => {
    const existing = await tx.domain.findUnique({
      where: { ascii: name.ascii },
      select: { archivedAt: true },
    });
    const registered = await registerDomain(tx, { ascii: name.ascii, unicode: name.unicode });
    if (!existing || existing.archivedAt) {
      const target = { type: 'domain', id: registered.id, label: registered.unicode };
      const after = { ascii: registered.ascii, unicode: registered.unicode, archivedAt: null };
      const before = existing ? { archivedAt: existing.archivedAt?.toISOString() ?? null } : undefined;
      await recordAuditEvent(actor, { action: 'domain.register', target, before, after }, tx);
    }
    return registered;
  });
  return { ok: true, domain };
}
