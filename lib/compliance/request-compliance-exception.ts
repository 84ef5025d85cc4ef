import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { prisma } from '@/lib/db';
import { dateColumn, dayOf } from '@/lib/history/day-of';
import type { ExceptionRequest } from './exception-input';
import { profileDefinitionSchema } from './profile-schema';
import { exceptionLabel, recordExceptionChange } from './record-exception-change';

export type RequestExceptionResult =
  | { ok: true; id: string }
  | { ok: false; code: 'not_found' | 'unknown_requirement' | 'already_expired' };

/**
 * Records a request for an exception (pending until someone else approves it), by the person in
 * `actor`, with its timeline event and `compliance-exception.request` audit entry in one transaction.
 * The requirement must be one of the profile's latest version; the subject an active domain or a
 * group; the expiry after today. The caller has checked the subject is in the requester's scope.
 */
export async function requestComplianceException(
  input: ExceptionRequest,
  actor: PersonActor,
  db: PrismaClient = prisma,
  today = dayOf(new Date()),
): Promise<RequestExceptionResult> {
  if (input.expiresOn <= today) return { ok: false, code: 'already_expired' };
  return db.$transaction(async (tx) => {
    const version = await tx.complianceProfileVersion.findFirst({
      where: { profileId: input.profileId },
      orderBy: { version: 'desc' },
      select: { definition: true },
    });
    if (!version) return { ok: false, code: 'not_found' } as const;
    const { requirements } = profileDefinitionSchema.parse(version.definition);
    if (!requirements.some((r) => r.id === input.requirement))
      return { ok: false, code: 'unknown_requirement' } as const;
    const domain = input.domainId
      ? await tx.domain.findFirst({
          where: { id: input.domainId, archivedAt: null },
          select: { ascii: true },
        })
      : null;
    const group = input.groupId
      ? await tx.group.findUnique({ where: { id: input.groupId }, select: { name: true } })
      : null;
    if (!domain && !group) return { ok: false, code: 'not_found' } as const;
    const created = await tx.complianceException.create({
      data: {
        profileId: input.profileId,
        requirement: input.requirement,
        domainId: input.domainId,
        groupId: input.groupId,
        justification: input.justification,
        startsOn: dateColumn(input.startsOn),
        expiresOn: dateColumn(input.expiresOn),
        requestedById: actor.userId,
      },
      select: { id: true },
    });
    await recordExceptionChange(tx, actor, {
      exceptionId: created.id,
      kind: 'requested',
      label: exceptionLabel({ requirement: input.requirement, domain, group }),
      after: { ...input },
    });
    return { ok: true, id: created.id } as const;
  });
}
