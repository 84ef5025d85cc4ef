import type { PrismaClient, ScorecardSchedule } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { EXPIRING_WITHIN_DAYS } from '@/lib/compliance/expiring-soon';
import type { Day } from '@/lib/history/day-of';
import { findExpiringExceptions } from '@/lib/queries/find-expiring-exceptions';
import { getGroupScorecard } from '@/lib/queries/get-group-scorecard';
import { CONTACT_LANGUAGES } from '../contacts/contact-fields';
import { changedStatuses } from './changed-statuses';
import { LISTED_CHANGES, type ScorecardMailPayload, scorecardMailPayload } from './scorecard-payload';
import { scorecardPeriod } from './scorecard-period';

interface DueGroup {
  id: string;
  scorecardSchedule: ScorecardSchedule;
  contacts: Array<{ email: string; language: string }>;
}

/**
 * One scheduler firing: every group mailed weekly or monthly that has contacts gets, for the current
 * period, one mail per language its contacts read (created once: a later firing in the same period
 * finds them). Returns the ids of the period's mails still pending, to be queued for delivery —
 * also those of an earlier firing whose queueing was lost (their job ids make re-queueing harmless).
 */
export async function dispatchScorecardMails(db: PrismaClient, today: Day): Promise<string[]> {
  const groups = await db.group.findMany({
    where: { scorecardSchedule: { not: 'off' }, contacts: { some: {} } },
    select: { id: true, scorecardSchedule: true, contacts: { select: { email: true, language: true } } },
    orderBy: { name: 'asc' },
  });
  const pending: string[] = [];
  for (const group of groups) pending.push(...(await dispatchGroup(db, group, today)));
  return pending;
}

async function dispatchGroup(db: PrismaClient, group: DueGroup, today: Day): Promise<string[]> {
  if (group.scorecardSchedule === 'off') return [];
  const period = scorecardPeriod(group.scorecardSchedule, today);
  const existing = await db.groupScorecardMail.count({ where: { groupId: group.id, period } });
  if (existing === 0) {
    const payloads = await payloadsFor(db, group, period, today);
    // skipDuplicates: two workers firing at once create each mail once (the unique key).
    await db.groupScorecardMail.createMany({ data: payloads, skipDuplicates: true });
  }
  const rows = await db.groupScorecardMail.findMany({
    where: { groupId: group.id, period, status: 'pending' },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function payloadsFor(db: PrismaClient, group: DueGroup, period: string, today: Day) {
  const scorecard = await getGroupScorecard(systemViewer(), group.id, today);
  if (!scorecard) return [];
  const last = await db.groupScorecardMail.findFirst({
    where: { groupId: group.id, status: 'sent', period: { not: period } },
    orderBy: { createdAt: 'desc' },
    select: { period: true, payload: true },
  });
  const before = last ? scorecardMailPayload.safeParse(last.payload) : null;
  const previous = before?.success ? before.data.scorecard : null;
  const changes = previous ? changedStatuses(previous, scorecard) : [];
  const soon = await findExpiringExceptions(
    systemViewer(),
    { withinDays: EXPIRING_WITHIN_DAYS, groupId: group.id },
    today,
  );
  const expiring = soon.map((x) => ({
    subject: x.subject.kind === 'domain' ? x.subject.unicode : x.subject.name,
    profile: x.profileName,
    requirement: x.requirement,
    requirementTitle: x.requirementTitle,
    expiresOn: x.expiresOn,
  }));
  return CONTACT_LANGUAGES.flatMap((language) => {
    const emails = group.contacts.filter((c) => c.language === language).map((c) => c.email);
    if (emails.length === 0) return [];
    const payload: ScorecardMailPayload = {
      period,
      language,
      scorecard,
      previous: previous && last ? { ...withoutDomains(previous), period: last.period } : null,
      changed: { total: changes.length, items: changes.slice(0, LISTED_CHANGES) },
      expiring,
    };
    return [{ groupId: group.id, period, language, target: emails.sort().join(','), payload }];
  });
}

function withoutDomains<T extends { domains: unknown }>({
  domains: _domains,
  ...rest
}: T): Omit<T, 'domains'> {
  return rest;
}
