import type { AuditSnapshot } from '@/lib/audit-log/changed-fields';
import type { Milestone, TargetMetric } from './target-schema';

/** What the audit log keeps of a target: what it measures and its plan. */
export function targetSnapshot(target: {
  metric: TargetMetric;
  percent: number;
  deadline: string;
  milestones: readonly Milestone[];
}): AuditSnapshot {
  return {
    metric: target.metric,
    percent: target.percent,
    deadline: target.deadline,
    milestones: [...target.milestones],
  };
}

/** The audit entry's target: the target, labelled with its group. */
export function auditTarget(id: string, groupName: string, label: string) {
  return { type: 'group-target', id, label: `${groupName}: ${label}` };
}
