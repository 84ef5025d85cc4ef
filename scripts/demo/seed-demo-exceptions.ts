import type { PrismaClient } from '@/generated/prisma/client';
import { DUMMY_PASSWORD_HASH } from '@/lib/auth/password';
import { approveComplianceException } from '@/lib/compliance/approve-compliance-exception';
import { expireComplianceExceptions } from '@/lib/compliance/expire-compliance-exceptions';
import { requestComplianceException } from '@/lib/compliance/request-compliance-exception';
import { addDays, dateColumn, dayOf } from '@/lib/history/day-of';

/** Two demo people (they cannot sign in): one asks, the other approves — four eyes. */
const PEOPLE = { requester: 'demo-requester@kensa.test', approver: 'demo-approver@kensa.test' } as const;

/**
 * Comply-or-explain exceptions for the demo, once (none exist yet), in the Ministries group:
 * one in force that expires in 12 days (on the expiring list), one that expired a week ago (its
 * expiry noticed by the same pass the reconciler runs: event, audit entry, rollups), and a pending
 * group-wide request awaiting approval. Returns how many it made.
 */
export async function seedDemoExceptions(db: PrismaClient): Promise<number> {
  if ((await db.complianceException.count()) > 0) return 0;
  const group = await db.group.findFirst({ where: { name: 'Ministries (demo)' }, select: { id: true } });
  const cisa = await db.complianceProfile.findFirst({ where: { builtinKey: 'cisa-bod-18-01' } });
  const members = group
    ? await db.domainGroup.findMany({
        where: { groupId: group.id, untilDay: null, domain: { archivedAt: null } },
        select: { domainId: true },
        orderBy: { domain: { ascii: 'asc' } },
        take: 2,
      })
    : [];
  const [first, second] = members;
  if (!group || !cisa || !first || !second) return 0;
  const [requester, approver] = await Promise.all(
    Object.values(PEOPLE).map((email) =>
      db.user.upsert({
        where: { email },
        update: {},
        create: { email, role: 'editor', passwordHash: DUMMY_PASSWORD_HASH, name: email.split('@')[0] },
      }),
    ),
  );
  if (!requester || !approver) return 0;
  const as = (user: { id: string; email: string }) => ({ userId: user.id, label: user.email });
  const today = dayOf(new Date());
  const base = { profileId: cisa.id, requirement: 'dmarc-rua-dhs', groupId: null };
  const soon = await requestComplianceException(
    {
      ...base,
      domainId: first.domainId,
      justification:
        'Reports go to our own collector until the DHS address is added at the next change window.',
      startsOn: addDays(today, -30),
      expiresOn: addDays(today, 12),
    },
    as(requester),
    db,
  );
  if (soon.ok) await approveComplianceException(soon.id, approver, as(approver), db);
  // Expired a week ago: approved in the past, as it would have been then.
  await db.complianceException.create({
    data: {
      ...base,
      domainId: second.domainId,
      justification: 'Mail provider migration; DMARC reports were paused during the move.',
      startsOn: dateColumn(addDays(today, -60)),
      expiresOn: dateColumn(addDays(today, -7)),
      status: 'approved',
      requestedById: requester.id,
      approvedById: approver.id,
      approvedAt: new Date(`${addDays(today, -59)}T01:00:00Z`),
      approvedOn: dateColumn(addDays(today, -59)),
    },
  });
  await expireComplianceExceptions(db);
  await requestComplianceException(
    {
      ...base,
      requirement: 'dmarc-reject',
      domainId: null,
      groupId: group.id,
      justification: 'Ministries move to p=reject after the quarantine phase ends this fiscal year.',
      startsOn: today,
      expiresOn: addDays(today, 120),
    },
    as(requester),
    db,
  );
  return 3;
}
