/**
 * The data the /api/v1 authorization matrix runs against, in a scratch database: two groups (side
 * `a`, the scoped principals' group, and side `b`, outside their scope), each with a scanned domain,
 * a scan run of its own, a stored report, an alert rule and one of its deliveries; and every
 * principal of testing/authz/principals.ts. `fresh` makes a new thing on a side for calls that use
 * one up (archive, delete, cancel).
 */
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { systemViewer } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { dayOf } from '@/lib/history/day-of';
import { generateReport } from '@/lib/reports/generate-report';
import { reportInput } from '@/lib/reports/report-input';
import { createPrincipals, type Principal, type PrincipalName } from '@/testing/authz/principals';
import { createRun, scanDomains } from '@/testing/scan-fixtures';

export type Side = 'a' | 'b';
export const SIDES: readonly Side[] = ['a', 'b'];

export interface SideData {
  group: string;
  groupName: string;
  domain: string;
  ascii: string;
  run: string;
  report: string;
  rule: string;
  delivery: string;
}

export interface World {
  db: PrismaClient;
  today: string;
  sides: Record<Side, SideData>;
  principals: Record<PrincipalName, Principal>;
  /** A name not used before (for domains and groups that calls create). */
  unique(prefix: string): string;
  fresh: {
    domain(side: Side): Promise<string>;
    rule(side: Side): Promise<string>;
    run(side: Side): Promise<string>;
    /** A viewer limited to the side's group, for calls that change or delete a user. */
    user(side: Side): Promise<string>;
    /** A mailbox account (mailboxes belong to no group) on a port nothing listens on. */
    mailbox(): Promise<string>;
  };
}

async function createSide(db: PrismaClient, side: Side, today: string) {
  const groupName = `Ministry ${side.toUpperCase()}`;
  const group = (await db.group.create({ data: { name: groupName } })).id;
  const ascii = `${side}.authz.test`;
  const domain = await db.$transaction(async (tx) => {
    const registered = await registerDomain(tx, { ascii, unicode: ascii });
    await applyDomainGroups(tx, registered.id, [group]);
    return registered;
  });
  const run = await scanDomains(db, [domain], createMemoryResolver({ [ascii]: { TXT: [['v=spf1 -all']] } }));
  const input = reportInput.parse({ scopes: [group], from: today, to: today, language: 'en' });
  const report = await generateReport(systemViewer(), input, SYSTEM_ACTOR, db);
  if (!report.ok) throw new Error(`report of ${groupName} not generated`);
  const rule = await createRule(db, group, `rule ${side}`);
  const payload = {
    rule: {
      id: rule,
      name: `rule ${side}`,
      kind: 'record_lost',
      digest: 'none',
      params: { metric: 'dmarcPublished' },
    },
    total: 0,
    matches: [],
  };
  const delivery = await db.alertDelivery.create({
    data: { ruleId: rule, channel: 'email', target: `${side}@authz.test`, payload },
    select: { id: true },
  });
  return { group, groupName, domain: domain.id, ascii, run, report: report.id, rule, delivery: delivery.id };
}

async function createRule(db: PrismaClient, groupId: string, name: string): Promise<string> {
  const rule = await db.alertRule.create({
    data: {
      name,
      kind: 'record_lost',
      params: { metric: 'dmarcPublished' },
      groupId,
      emails: ['alerts@authz.test'],
    },
    select: { id: true },
  });
  return rule.id;
}

/** Builds the world in `db` (a fresh scratch database). */
export async function createWorld(db: PrismaClient): Promise<World> {
  const today = dayOf(new Date());
  const sides = { a: await createSide(db, 'a', today), b: await createSide(db, 'b', today) };
  const principals = await createPrincipals(db, sides.a.group);
  let count = 0;
  const unique = (prefix: string) => `${prefix}-${++count}`;
  return {
    db,
    today,
    sides,
    principals,
    unique,
    fresh: {
      async domain(side) {
        const ascii = `${unique('fresh')}.${side}.authz.test`;
        const domain = await db.$transaction(async (tx) => {
          const registered = await registerDomain(tx, { ascii, unicode: ascii });
          await applyDomainGroups(tx, registered.id, [sides[side].group]);
          return registered;
        });
        return domain.id;
      },
      rule: (side) => createRule(db, sides[side].group, unique('rule')),
      run: (side) => createRun(db, [sides[side].domain]),
      user: async (side) => {
        const email = `${unique('fresh')}@${side}.authz.test`;
        const user = await db.user.create({
          data: {
            email,
            role: 'viewer',
            passwordHash: 'not used',
            groupScopes: { create: [{ groupId: sides[side].group }] },
          },
          select: { id: true },
        });
        return user.id;
      },
      mailbox: async () => {
        const name = unique('mailbox');
        const source = await db.mailSource.create({ data: { name, trustedAuthservIds: ['mx.authz.test'] } });
        const account = await db.mailboxAccount.create({
          data: {
            name,
            host: '127.0.0.1',
            port: 9,
            tlsMode: 'tls',
            username: 'authz',
            passwordSealed: 'plain.not-used',
            purpose: 'received-mail',
            mailSourceId: source.id,
          },
          select: { id: true },
        });
        return account.id;
      },
    },
  };
}
