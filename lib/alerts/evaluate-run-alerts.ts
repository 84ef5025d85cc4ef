import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { dayOf } from '@/lib/history/day-of';
import { findRuleMatches } from './find-rule-matches';
import { ruleParams } from './rule-params';

export type EvaluateRunResult =
  | { status: 'evaluated'; rules: number; newMatches: number }
  | { status: 'not-finished' | 'not-found' };

/**
 * Checks every enabled rule against a finished (complete or cancelled) run's results and stores
 * what fired as alert_matches. Idempotent: each match has a dedupe key unique per rule, and rows
 * that exist already are skipped, so evaluating a run twice (a retried job, the sweep) adds nothing.
 * Dispatching the matches is a separate step (dispatch-pending-matches.ts).
 */
export async function evaluateRunAlerts(
  runId: string,
  db: PrismaClient = prisma,
): Promise<EvaluateRunResult> {
  const run = await db.scanRun.findUnique({
    where: { id: runId },
    select: { status: true, finishedAt: true },
  });
  if (!run) return { status: 'not-found' };
  if ((run.status !== 'complete' && run.status !== 'cancelled') || !run.finishedAt)
    return { status: 'not-finished' };
  const rules = await db.alertRule.findMany({
    where: { enabled: true },
    select: { id: true, kind: true, params: true, groupId: true },
  });
  const evaluated = { id: runId, day: dayOf(run.finishedAt) };
  let newMatches = 0;
  for (const rule of rules) {
    // A rule whose stored params no writer of ours could have made is skipped, not fatal to the others.
    const params = ruleParams.safeParse({ ...(rule.params as object), kind: rule.kind });
    if (!params.success) {
      console.error(`alert rule ${rule.id}: invalid params, skipped: ${params.error.message}`);
      continue;
    }
    const matches = await findRuleMatches(db, evaluated, { groupId: rule.groupId, params: params.data });
    if (matches.length === 0) continue;
    const created = await db.alertMatch.createMany({
      data: matches.map((match) => ({ ruleId: rule.id, ...match })),
      skipDuplicates: true,
    });
    newMatches += created.count;
  }
  return { status: 'evaluated', rules: rules.length, newMatches };
}
