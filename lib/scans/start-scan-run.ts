import type { PersonActor } from '@/lib/audit-log/actor-of';
import { prisma } from '@/lib/db';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { findScanDomainIds } from '@/lib/schedules/find-scan-domain-ids';

/** What to scan: every registered domain, a group's current members, or some domains. */
export type ScanTarget =
  | { kind: 'all' }
  | { kind: 'group'; groupId: string }
  | { kind: 'domain'; ids: string[] };

export type StartScanRunResult =
  | { ok: true; runId: string; total: number }
  | { ok: false; code: 'not_found'; missing: string[] };

/**
 * Starts a scan run of a target: checks that the group or the (active) domains exist, then creates
 * the run and enqueues it. Not a server action: the shared core of the scan buttons and the API,
 * which check the role first. The run's scope records what was asked, for its history; the actor
 * is its author and is recorded as `scan-run.start` with the run.
 */
export async function startScanRun(
  target: ScanTarget,
  trigger: 'manual' | 'api',
  actor: PersonActor,
): Promise<StartScanRunResult> {
  let domainIds: string[];
  if (target.kind === 'domain') {
    const wanted = [...new Set(target.ids)];
    const found = await prisma.domain.findMany({
      where: { id: { in: wanted }, archivedAt: null },
      select: { id: true },
    });
    domainIds = found.map((d) => d.id);
    const missing = wanted.filter((id) => !domainIds.includes(id));
    if (missing.length > 0) return { ok: false, code: 'not_found', missing };
  } else if (target.kind === 'group') {
    const group = await prisma.group.findUnique({ where: { id: target.groupId }, select: { id: true } });
    if (!group) return { ok: false, code: 'not_found', missing: [target.groupId] };
    domainIds = await findScanDomainIds({ kind: 'group', groupId: group.id });
  } else domainIds = await findScanDomainIds({ kind: 'all' });
  const scope =
    target.kind === 'all'
      ? { kind: 'all' as const }
      : target.kind === 'group'
        ? { kind: 'group' as const, ids: [target.groupId] }
        : { kind: 'domain' as const, ids: domainIds };
  const { runId } = await createScanRun({ domainIds, trigger, triggeredBy: actor.userId, scope, actor });
  return { ok: true, runId, total: domainIds.length };
}
