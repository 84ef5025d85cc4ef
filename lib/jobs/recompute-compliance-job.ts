import type { JobsOptions, Queue } from 'bullmq';
import { z } from 'zod';

/**
 * On the `maintenance` queue: recomputes one group's compliance from its stored reports
 * (lib/compliance/recompute-group-compliance.ts), after its profiles or a profile it follows changed.
 */
export const RECOMPUTE_COMPLIANCE_JOB = 'recompute-compliance';

export const recomputeCompliancePayload = z.object({ groupId: z.uuid() }).strict();

/**
 * One waiting job per group: a second change before it runs adds nothing, since the job reads the
 * state when it runs. Removed once done, so the id is free for the next change; a change made while
 * one runs is caught by the reconciler (lib/compliance/find-groups-to-recompute.ts).
 */
const OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: true,
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** One group's job id (BullMQ refuses ":" in custom ids). */
export function complianceRecomputeJobId(groupId: string): string {
  return `${RECOMPUTE_COMPLIANCE_JOB}-${groupId}`;
}

/** Asks the workers to recompute each group's compliance. */
export async function enqueueComplianceRecompute(queue: Queue, groupIds: readonly string[]): Promise<void> {
  await queue.addBulk(
    [...new Set(groupIds)].map((groupId) => ({
      name: RECOMPUTE_COMPLIANCE_JOB,
      data: recomputeCompliancePayload.parse({ groupId }),
      opts: { ...OPTIONS, jobId: complianceRecomputeJobId(groupId) },
    })),
  );
}
