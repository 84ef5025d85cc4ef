import type { Job } from 'bullmq';
import { prisma } from '@/lib/db';
import { runGroupSchedulePayload } from '@/lib/jobs/run-group-schedule-job';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { findScanDomainIds } from '@/lib/schedules/find-scan-domain-ids';

/**
 * One firing of a group's schedule: a scan run of the group's current members. The firing's job id
 * (unique per scheduler and fire time) names the run, so a retried or duplicated job re-enqueues the
 * same run instead of starting a second one.
 */
export async function handleRunGroupSchedule(job: Job): Promise<string> {
  const { groupId } = runGroupSchedulePayload.parse(job.data);
  const group = await prisma.group.findUnique({ where: { id: groupId }, select: { scheduleKind: true } });
  // Unscheduled since: the workers' sync removes the scheduler; this firing does nothing.
  if (!group || group.scheduleKind === 'none') return 'skipped';
  if (!job.id) throw new Error('a scheduled job without an id cannot be made idempotent');
  const { runId } = await createScanRun({
    domainIds: await findScanDomainIds({ kind: 'group', groupId }),
    trigger: 'schedule',
    triggeredBy: groupId,
    scope: { kind: 'group', ids: [groupId] },
    firing: job.id,
  });
  return runId;
}
