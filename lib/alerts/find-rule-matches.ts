import type { PrismaClient } from '@/generated/prisma/client';
import type { Day } from '@/lib/history/day-of';
import { findAdoptionFall } from './find-adoption-fall';
import { findComplianceBelow } from './find-compliance-below';
import { findComplianceLost } from './find-compliance-lost';
import { findDmarcReportMissing } from './find-dmarc-report-missing';
import { findDmarcUnapprovedSources } from './find-dmarc-unapproved-sources';
import { findFindingMatches } from './find-finding-matches';
import { findOldDkimKeys } from './find-old-dkim-keys';
import { findRecordLostMatches } from './find-record-lost-matches';
import { findTargetBehind } from './find-target-behind';
import type { NewMatch } from './match-detail';
import type { RuleParams } from './rule-params';

export interface RunToEvaluate {
  id: string;
  /** The run's day in KENSA_TIME_ZONE (for adoption figures). */
  day: Day;
}

/** What one rule finds in one finished run, by its kind. */
export function findRuleMatches(
  db: PrismaClient,
  run: RunToEvaluate,
  rule: { groupId: string | null; params: RuleParams },
): Promise<NewMatch[]> {
  const { params, groupId } = rule;
  const runId = run.id;
  switch (params.kind) {
    case 'record_lost':
      return findRecordLostMatches(db, { runId, groupId, metric: params.metric });
    case 'finding_appeared':
      return findFindingMatches(db, { runId, groupId, ...params });
    case 'dkim_key_age':
      return findOldDkimKeys(db, { runId, groupId, days: params.days });
    case 'adoption_fell':
      return findAdoptionFall(db, { runId, groupId, ...params }, run.day);
    case 'dmarc_unapproved_source':
      return findDmarcUnapprovedSources(db, { runId, groupId });
    case 'dmarc_report_missing':
      return findDmarcReportMissing(db, { runId, groupId, days: params.days });
    case 'compliance_exception_expired':
      // Not about a run: lib/compliance/expire-compliance-exceptions.ts matches these when it notices one.
      return Promise.resolve([]);
    case 'target_behind':
      return findTargetBehind(db, { runId, groupId }, run.day);
    case 'compliance_lost':
      return findComplianceLost(db, { runId, groupId, ...params }, run.day);
    case 'compliance_below':
      return findComplianceBelow(db, { runId, groupId, ...params }, run.day);
  }
}
