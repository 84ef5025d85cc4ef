import type { z } from 'zod';
import type { TargetWriteError } from '@/lib/targets/create-group-target';
import type { TargetProgress } from '@/lib/targets/target-progress';
import { ApiProblem, notFound } from './api-problem';
import type { targetItem } from './target-operations';

/** A target and its progress as the API answers it. */
export function targetItemOf({
  target,
  asOf,
  actual,
  expected,
  status,
  daysLeft,
}: TargetProgress): z.infer<typeof targetItem> {
  return {
    id: target.id,
    groupId: target.groupId,
    groupName: target.groupName,
    metric: target.metric,
    label: target.label,
    percent: target.percent,
    deadline: target.deadline,
    milestones: [...target.milestones],
    baseline: target.baseline,
    asOf,
    actual,
    expected,
    status,
    daysLeft,
  };
}

const MESSAGES: Record<Exclude<TargetWriteError, 'not_found'>, string> = {
  profile_not_followed: 'The group does not follow that profile.',
  unknown_requirement: 'The profile has no such requirement.',
  too_many: 'A group has at most 50 targets.',
  deadline_passed: 'The deadline must be after the day the target is set.',
};

/** The API's answer to a refused target write. */
export function targetProblem(code: TargetWriteError): ApiProblem {
  if (code === 'not_found') return notFound('Group');
  return new ApiProblem(400, code, MESSAGES[code]);
}
