import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { recordDmarcReport } from '@/lib/dmarc/record-dmarc-report';
import { setSourceApproval } from '@/lib/dmarc/set-source-approval';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { findFreePort } from '@/testing/knot/find-free-port';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { alertRuleInput } from './alert-rule-input';
import { describeMatch, describeRule } from './describe-alert';
import { findRuleMatches } from './find-rule-matches';
import type { NewMatch } from './match-detail';
import { type RuleParams, ruleParams } from './rule-params';

/** The DMARC report rule kinds on a real PostgreSQL, reports stored through the ingest core. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let deadDns: DnsClient;
let runId: string;
let group: string;
const ids: Record<string, string> = {};
const DAY = 86_400_000;
const scanAt = new Date();

/** A one-day report of `domain` ending `daysAgo` days before the scan, received then too. */
async function store(domain: string, reportId: string, daysAgo: number, records = [sampleRecord()]) {
  const end = new Date(scanAt.getTime() - daysAgo * DAY);
  const report = sampleReport(
    {
      reportId,
      policyDomain: domain,
      begin: new Date(end.getTime() - DAY + 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
      end: end.toISOString().replace(/\.\d+Z$/, 'Z'),
    },
    records.map((r) => ({ ...r, headerFrom: domain })),
  );
  const result = await recordDmarcReport(
    SYSTEM_ACTOR,
    report,
    { route: 'cli', label: reportId },
    {
      db,
      resolver: deadDns,
      reverseLimits: { concurrency: 2, budgetMs: 300 },
    },
  );
  if (result.status !== 'stored') throw new Error(`not stored: ${JSON.stringify(result)}`);
  await db.dmarcReport.update({ where: { id: result.id }, data: { receivedAt: end } });
}

beforeAll(async () => {
  scratch = await createScratchDatabase('alerts_dmarc');
  db = scratch.db;
  deadDns = createDnsClient({
    servers: [{ host: '127.0.0.1', port: await findFreePort() }],
    timeoutMs: 100,
    tries: 1,
  });
  for (const name of ['busy', 'quiet', 'fresh', 'never', 'outside'])
    ids[name] = (
      await db.$transaction((tx) =>
        registerDomain(tx, { ascii: `${name}.alerts.test`, unicode: `${name}.alerts.test` }),
      )
    ).id;
  group = (await db.group.create({ data: { name: 'DMARC alerts' } })).id;
  await db.$transaction((tx) => applyDomainGroups(tx, ids.fresh as string, [group]));
  const run = await db.scanRun.create({
    data: { trigger: 'manual', scope: { kind: 'all' }, status: 'complete', total: 4, done: 4 },
  });
  runId = run.id;
  for (const name of ['busy', 'quiet', 'fresh', 'never'])
    await db.domainScan.create({
      data: {
        runNumber: run.number,
        domainId: ids[name] as string,
        status: 'complete',
        startedAt: scanAt,
        finishedAt: scanAt,
      },
    });

  await store('busy.alerts.test', 'busy-1', 2, [
    sampleRecord({ sourceIp: '192.0.2.1', count: 100 }),
    sampleRecord({ sourceIp: '203.0.113.5', count: 50, dkimAligned: 'fail', spfAligned: 'fail' }),
    sampleRecord({ sourceIp: '203.0.113.6', count: 5 }),
  ]);
  await setSourceApproval(
    SYSTEM_ACTOR,
    { domainId: ids.busy as string, sourceIp: '192.0.2.1', approved: true },
    db,
  );
  await store('quiet.alerts.test', 'quiet-1', 9);
  await store('quiet.alerts.test', 'quiet-2', 8);
  await store('fresh.alerts.test', 'fresh-1', 2, [sampleRecord({ sourceIp: '198.51.100.7', count: 12 })]);
  // Not scanned in the run: its sources and silence are not the run's to report.
  await store('outside.alerts.test', 'outside-1', 20, [
    sampleRecord({ sourceIp: '198.51.100.9', count: 99 }),
  ]);
}, 120_000);

afterAll(async () => {
  deadDns?.close();
  await scratch?.drop();
});

const domainOf = (match: NewMatch) => ('domain' in match.detail ? match.detail.domain : null);

const matches = (params: RuleParams, groupId: string | null = null) =>
  findRuleMatches(db, { id: runId, day: '2026-12-06' }, { groupId, params });

describe('DMARC report alert rules', () => {
  it('a new unapproved source alerts once per domain and address, above the finding threshold', async () => {
    const found = await matches({ kind: 'dmarc_unapproved_source' });
    expect(found.map((m) => [domainOf(m), 'sourceIp' in m.detail && m.detail.sourceIp])).toEqual([
      ['busy.alerts.test', '203.0.113.5'],
      ['fresh.alerts.test', '198.51.100.7'],
      ['quiet.alerts.test', '203.0.113.5'],
    ]);
    expect(found[0]).toMatchObject({
      domainId: ids.busy,
      dedupeKey: `dmarc-source:${ids.busy}:203.0.113.5`,
      detail: { kind: 'dmarc_unapproved_source', messages: 50 },
    });
    const inGroup = await matches({ kind: 'dmarc_unapproved_source' }, group);
    expect(inGroup.map(domainOf)).toEqual(['fresh.alerts.test']);
  });

  it('no report for more than the days alerts for domains that had reports, keyed by the last one', async () => {
    const found = await matches({ kind: 'dmarc_report_missing', days: 7 });
    expect(found).toHaveLength(1);
    const last = await db.dmarcReport.findFirstOrThrow({ where: { reportId: 'quiet-2' } });
    expect(found[0]).toMatchObject({
      domainId: ids.quiet,
      dedupeKey: `dmarc-missing:${ids.quiet}:${last.id}`,
      detail: { kind: 'dmarc_report_missing', days: 8, domain: 'quiet.alerts.test' },
    });
    expect(await matches({ kind: 'dmarc_report_missing', days: 8 })).toEqual([]);
    expect(await matches({ kind: 'dmarc_report_missing', days: 7 }, group)).toEqual([]);
  });

  it('are written, read and described like the other kinds, in English and Japanese', async () => {
    const base = {
      name: 'r',
      enabled: true,
      groupId: null,
      emails: ['a@example.jp'],
      webhookUrl: null,
      digest: 'none',
    };
    expect(
      alertRuleInput.parse({ ...base, kind: 'dmarc_report_missing', params: { days: '7' } }).params,
    ).toEqual({
      days: 7,
    });
    expect(
      alertRuleInput.safeParse({ ...base, kind: 'dmarc_report_missing', params: { days: 0 } }).success,
    ).toBe(false);
    expect(alertRuleInput.parse({ ...base, kind: 'dmarc_unapproved_source', params: {} }).params).toEqual({});
    expect(ruleParams.parse({ kind: 'dmarc_report_missing', days: 7 })).toEqual({
      kind: 'dmarc_report_missing',
      days: 7,
    });
    expect(describeRule({ kind: 'dmarc_report_missing', days: 7 }, 'en')).toBe(
      'no DMARC aggregate report received for 7 days',
    );
    expect(describeRule({ kind: 'dmarc_unapproved_source' }, 'ja')).toContain('承認していない');
    const [source] = await matches({ kind: 'dmarc_unapproved_source' });
    const [missing] = await matches({ kind: 'dmarc_report_missing', days: 7 });
    if (!source || !missing) throw new Error('no matches');
    expect(describeMatch(source.detail, 'en')).toBe(
      'unapproved source 203.0.113.5 sent 50 messages in the last 30 days (DMARC reports)',
    );
    expect(describeMatch(source.detail, 'ja')).toContain('203.0.113.5');
    expect(describeMatch(missing.detail, 'en')).toMatch(
      /^no DMARC aggregate report for 8 days \(the last arrived /,
    );
    expect(describeMatch(missing.detail, 'ja')).toContain('8 日間');
  });
});
