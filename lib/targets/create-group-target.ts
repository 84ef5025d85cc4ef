import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { prisma } from '@/lib/db';
import { dateColumn, dayOf } from '@/lib/history/day-of';
import { readTargetSeries } from './read-target-series';
import { targetLabel } from './stored-target';
import { auditTarget, targetSnapshot } from './target-audit';
import { MAX_TARGETS_PER_GROUP, type NewTarget } from './target-schema';
import { valueOn } from './trajectory';

export type TargetWriteError =
  | 'not_found'
  | 'profile_not_followed'
  | 'unknown_requirement'
  | 'too_many'
  | 'deadline_passed';

export type CreateGroupTargetResult = { ok: true; id: string } | { ok: false; code: TargetWriteError };

/**
 * Gives a group a target, recorded as `group-target.create` in the same transaction. The value in
 * force today is kept as the baseline the trajectory starts from. A compliance target must name a
 * profile the group follows and one of its requirements ('' for the whole profile); the deadline
 * must be after today. Not a server action: the shared write of the group page and the API.
 */
export async function createGroupTarget(
  groupId: string,
  input: NewTarget,
  actor: AuditActor,
  db: PrismaClient = prisma,
  now: Date = new Date(),
): Promise<CreateGroupTargetResult> {
  const today = dayOf(now);
  if (input.deadline <= today) return { ok: false, code: 'deadline_passed' };
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { name: true, _count: { select: { targets: true } } },
    });
    if (!group) return { ok: false, code: 'not_found' } as const;
    if (group._count.targets >= MAX_TARGETS_PER_GROUP) return { ok: false, code: 'too_many' } as const;
    const definition = await profileOf(tx, groupId, input.metric);
    if (definition === 'not_followed') return { ok: false, code: 'profile_not_followed' } as const;
    const label = targetLabel(input.metric, definition, 'en');
    if (input.metric.kind === 'compliance' && input.metric.requirement !== '') {
      const known = profileDefinitionSchema.parse(definition).requirements.map((r) => r.id);
      if (!known.includes(input.metric.requirement))
        return { ok: false, code: 'unknown_requirement' } as const;
    }
    const series = await readTargetSeries(tx, groupId, input.metric, { from: today, to: today });
    const baseline = valueOn(series, today)?.percent ?? null;
    const { metric } = input;
    const created = await tx.groupTarget.create({
      data: {
        groupId,
        metric: metric.kind === 'adoption' ? metric.metric : null,
        profileId: metric.kind === 'compliance' ? metric.profileId : null,
        requirement: metric.kind === 'compliance' ? metric.requirement : null,
        percent: input.percent,
        deadline: dateColumn(input.deadline),
        milestones: input.milestones,
        baselineDay: baseline === null ? null : dateColumn(today),
        baselinePercent: baseline,
        createdById: actor.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      actor,
      {
        action: 'group-target.create',
        target: auditTarget(created.id, group.name, label),
        after: { ...targetSnapshot(input), baselinePercent: baseline },
      },
      tx,
    );
    return { ok: true, id: created.id } as const;
  });
}

/** A compliance target's profile definition (latest version) when the group follows it. */
async function profileOf(
  tx: Prisma.TransactionClient,
  groupId: string,
  metric: NewTarget['metric'],
): Promise<unknown> {
  if (metric.kind === 'adoption') return null;
  const followed = await tx.groupComplianceProfile.findUnique({
    where: { groupId_profileId: { groupId, profileId: metric.profileId } },
    select: {
      profile: {
        select: { versions: { orderBy: { version: 'desc' }, take: 1, select: { definition: true } } },
      },
    },
  });
  return followed?.profile.versions[0]?.definition ?? 'not_followed';
}
