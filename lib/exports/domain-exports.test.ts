import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { systemViewer } from '@/lib/auth/viewer';
import { approveComplianceException } from '@/lib/compliance/approve-compliance-exception';
import { recomputeGroupCompliance } from '@/lib/compliance/recompute-group-compliance';
import { requestComplianceException } from '@/lib/compliance/request-compliance-exception';
import { saveCustomProfile } from '@/lib/compliance/save-custom-profile';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { addDays, dayOf } from '@/lib/history/day-of';
import { parseDelimited } from '@/lib/import/parse-delimited';
import { domainListFilter } from '@/lib/queries/domain-list-filter';
import { KEY_A } from '@/testing/healthy-zone';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { DOMAIN_EXPORT_COLUMNS } from './domain-export-record';
import { exportDomainsResponse } from './domain-export-response';
import { type DomainExportRow, readDomainExportBatches } from './domain-export-rows';
import { domainsCsvStream } from './write-domains-csv';

const HOSTILE_TAG = '=HYPERLINK("http://evil.example","click")';
const HOSTILE_GROUP = '@SUM(1+1)*cmd|/C calc!A0';
const PLUS_TAG = '+81-3-0000';
const HOSTILE_PROFILE = '-2+3+cmd|/C calc!A0';
const requirementText = { title: { en: 't', ja: 't' }, explanation: { en: 'e', ja: 'e' }, source: 'ours' };

// ok: SPF, DMARC p=reject, DKIM. nodmarc: SPF only. down: every lookup times out (flags unknown).
const zone: MemoryZone = {
  'ok.exp.test': {
    TXT: [['v=spf1 ip4:192.0.2.0/24 -all']],
    MX: [{ preference: 10, exchange: 'mx.exp.test' }],
  },
  '_dmarc.ok.exp.test': { TXT: [['v=DMARC1; p=reject']] },
  's1._domainkey.ok.exp.test': { TXT: [[`v=DKIM1; k=ed25519; p=${KEY_A}`]] },
  'nodmarc.exp.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.exp.test' }] },
  'hostile.exp.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 0, exchange: '' }] },
  'mx.exp.test': { A: ['192.0.2.25'] },
  'down.exp.test': { fail: 'timeout' },
  '_dmarc.down.exp.test': { fail: 'timeout' },
};

let scratch: ScratchDatabase;
let profileId: string;
let hostileId: string;
let db: PrismaClient;
const selection = (params: Record<string, string> = {}) => domainListFilter.parse(params);

async function bodyOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

/** The current state of every active domain, as the export should show it. */
async function expected() {
  const domains = await db.domain.findMany({
    where: { archivedAt: null },
    orderBy: { ascii: 'asc' },
    select: { id: true, ascii: true, tags: true, parked: true, currentState: true },
  });
  return domains;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('exports');
  db = scratch.db;
  const group = await db.group.create({ data: { name: HOSTILE_GROUP } });
  const domains = await db.$transaction(async (tx) => {
    const ok = await registerDomain(tx, { ascii: 'ok.exp.test', unicode: 'ok.exp.test', selectors: ['s1'] });
    const nodmarc = await registerDomain(tx, { ascii: 'nodmarc.exp.test', unicode: 'nodmarc.exp.test' });
    const hostile = await registerDomain(tx, {
      ascii: 'hostile.exp.test',
      unicode: 'hostile.exp.test',
      parked: true,
      tags: [HOSTILE_TAG, PLUS_TAG],
    });
    const down = await registerDomain(tx, { ascii: 'down.exp.test', unicode: 'down.exp.test' });
    await registerDomain(tx, { ascii: 'never.exp.test', unicode: 'never.exp.test' });
    await applyDomainGroups(tx, hostile.id, [group.id]);
    return [ok, nodmarc, hostile, down];
  });
  await scanDomains(db, domains, createMemoryResolver(zone));
  // The group follows an administrator's profile: SPF (met by hostile) and DMARC (not published).
  const saved = await saveCustomProfile(
    {
      definition: {
        name: { en: HOSTILE_PROFILE, ja: HOSTILE_PROFILE },
        description: { en: 'd', ja: 'd' },
        source: { title: 'ours', url: null, published: '2026' },
        requirements: [
          {
            id: 'spf',
            level: 'must',
            appliesTo: 'all',
            check: { kind: 'spf-published' },
            ...requirementText,
          },
          {
            id: 'dmarc',
            level: 'must',
            appliesTo: 'all',
            check: { kind: 'dmarc-published', inherit: true },
            ...requirementText,
          },
        ],
      },
    },
    SYSTEM_ACTOR,
    db,
  );
  if (!saved.ok) throw new Error(saved.code);
  profileId = saved.id;
  hostileId = domains[2]?.id ?? '';
  await db.groupComplianceProfile.create({ data: { groupId: group.id, profileId: saved.id } });
  await recomputeGroupCompliance(db, [group.id]);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('domain exports', () => {
  it('CSV: BOM, CRLF, one row per domain with the flags of domain_current_state, formulas neutralised', async () => {
    const response = exportDomainsResponse(systemViewer(), selection(), 'csv', { db });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kensa-domains-\d{8}-\d{4}\.csv"$/,
    );
    const text = (await bodyOf(response)).toString('utf8');
    expect(text.startsWith('\uFEFFascii,unicode,groups,tags,parked,lastScanAt,status,grade,')).toBe(true);
    expect(text.split('\r\n').at(-1)).toBe('');
    const [header, ...rows] = parseDelimited(text).map((row) => row.cells);
    expect(header).toEqual(DOMAIN_EXPORT_COLUMNS.map((c) => c.key));
    const want = await expected();
    expect(rows.map((r) => r[0])).toEqual(want.map((d) => d.ascii));
    const column = (key: string) => header?.indexOf(key) ?? -1;
    for (const domain of want) {
      const row = rows.find((r) => r[0] === domain.ascii) ?? [];
      for (const metric of ADOPTION_METRICS) {
        const flag = domain.currentState?.[metric] ?? null;
        expect(row[column(metric)], `${domain.ascii} ${metric}`).toBe(
          flag === null ? 'unknown' : flag ? 'yes' : 'no',
        );
      }
      expect(row[column('errors')]).toBe(String(domain.currentState?.errors ?? 0));
      expect(row[column('findingIds')]).toBe((domain.currentState?.findingIds ?? []).join('; '));
    }
    const status = Object.fromEntries(rows.map((r) => [r[0], r[column('status')]]));
    expect(status).toMatchObject({
      'ok.exp.test': 'current',
      'down.exp.test': 'stale',
      'never.exp.test': 'not_scanned',
    });
    expect(rows.find((r) => r[0] === 'ok.exp.test')?.[column('grade')]).toBe('A');
    const hostile = rows.find((r) => r[0] === 'hostile.exp.test') ?? [];
    expect(hostile[column('tags')]).toBe(`'${HOSTILE_TAG}; ${PLUS_TAG}`);
    expect(hostile[column('groups')]).toBe(`'${HOSTILE_GROUP}`);
    expect(hostile[column('parked')]).toBe('yes');
    expect(hostile[column('lastScanAt')]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('XLSX: typed cells (numbers, booleans, dates) and text that cannot run as a formula', async () => {
    const buffer = await bodyOf(exportDomainsResponse(systemViewer(), selection(), 'xlsx', { db }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('domains');
    const values = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const [header, ...rows] = values;
    expect(header).toEqual(DOMAIN_EXPORT_COLUMNS.map((c) => c.key));
    const want = await expected();
    expect(rows.map((r) => r[0])).toEqual(want.map((d) => d.ascii));
    const column = (key: string) => (header as string[]).indexOf(key);
    const hostile = rows.find((r) => r[0] === 'hostile.exp.test') ?? [];
    expect(hostile[column('tags')]).toBe(`'${HOSTILE_TAG}; ${PLUS_TAG}`);
    expect(hostile[column('groups')]).toBe(`'${HOSTILE_GROUP}`);
    expect(hostile[column('parked')]).toBe(true);
    expect(hostile[column('lastScanAt')]).toBeInstanceOf(Date);
    for (const domain of want) {
      const row = rows.find((r) => r[0] === domain.ascii) ?? [];
      expect(row[column('errors')]).toBe(domain.currentState?.errors ?? 0);
      expect(row[column('warnings')]).toBe(domain.currentState?.warnings ?? 0);
      const flag = domain.currentState?.dmarcPublished ?? null;
      expect(row[column('dmarcPublished')]).toBe(flag === null ? 'unknown' : flag ? 'yes' : 'no');
    }
    const texts = rows.flat().filter((cell): cell is string => typeof cell === 'string');
    expect(texts.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('NDJSON: one object per line with native types', async () => {
    const text = (
      await bodyOf(exportDomainsResponse(systemViewer(), selection(), 'ndjson', { db }))
    ).toString('utf8');
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const want = await expected();
    expect(lines.map((l) => l.ascii)).toEqual(want.map((d) => d.ascii));
    for (const domain of want) {
      const line = lines.find((l) => l.ascii === domain.ascii);
      for (const metric of ADOPTION_METRICS) expect(line[metric]).toBe(domain.currentState?.[metric] ?? null);
      expect(line.tags).toEqual(domain.tags);
      expect(line.id).toBe(domain.id);
    }
  });

  it('has per-domain compliance columns, profile names neutralised in CSV and XLSX', async () => {
    const csv = (await bodyOf(exportDomainsResponse(systemViewer(), selection(), 'csv', { db }))).toString(
      'utf8',
    );
    const [header, ...rows] = parseDelimited(csv).map((row) => row.cells);
    const cell = (ascii: string, key: string) =>
      rows.find((r) => r[0] === ascii)?.[header?.indexOf(key) ?? -1];
    expect(cell('hostile.exp.test', 'compliance')).toBe(`'${HOSTILE_PROFILE}: not_compliant`);
    expect(cell('hostile.exp.test', 'complianceFailing')).toBe(`'${HOSTILE_PROFILE}: dmarc`);
    expect(cell('ok.exp.test', 'compliance')).toBe('');
    const workbook = new ExcelJS.Workbook();
    const xlsx = await bodyOf(exportDomainsResponse(systemViewer(), selection(), 'xlsx', { db }));
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const values = (workbook.getWorksheet('domains')?.getSheetValues() ?? []).flat();
    expect(values).toContain(`'${HOSTILE_PROFILE}: dmarc`);
    expect(values).not.toContain(`${HOSTILE_PROFILE}: dmarc`);
    const ndjson = (await bodyOf(exportDomainsResponse(systemViewer(), selection(), 'ndjson', { db })))
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(ndjson.find((l) => l.ascii === 'hostile.exp.test')).toMatchObject({
      compliance: [`${HOSTILE_PROFILE}: not_compliant`],
      complianceFailing: [`${HOSTILE_PROFILE}: dmarc`],
    });
  });

  it('applies the table filters and reads by keyset: over several batches each domain comes once', async () => {
    const all: string[] = [];
    for await (const batch of readDomainExportBatches(systemViewer(), selection(), { db, batchSize: 2 })) {
      expect(batch.length).toBeLessThanOrEqual(2);
      all.push(...batch.map((row) => row.ascii));
    }
    expect(all).toEqual((await expected()).map((d) => d.ascii));
    const noDmarc = [];
    for await (const batch of readDomainExportBatches(
      systemViewer(),
      selection({ metric: 'dmarcPublished', value: 'no' }),
      {
        db,
        batchSize: 1,
      },
    ))
      noDmarc.push(...batch.map((row) => row.ascii));
    expect(noDmarc).toEqual(['hostile.exp.test', 'nodmarc.exp.test']);
    const tagged = [];
    for await (const batch of readDomainExportBatches(systemViewer(), selection({ tag: PLUS_TAG }), { db }))
      tagged.push(...batch.map((row) => row.ascii));
    expect(tagged).toEqual(['hostile.exp.test']);
  });

  it('stops reading when the client goes away', async () => {
    const batches = readDomainExportBatches(systemViewer(), selection(), { db, batchSize: 1 });
    const reader = domainsCsvStream(batches).getReader();
    await reader.read(); // BOM and header
    await reader.read(); // first domain
    await reader.cancel();
    expect(await batches.next()).toEqual({ done: true, value: undefined });
    const controller = new AbortController();
    controller.abort();
    const aborted = readDomainExportBatches(systemViewer(), selection(), { db, signal: controller.signal });
    expect(await aborted.next()).toEqual({ done: true, value: undefined });
  });

  it('lays an approved exception in force over the compliance columns: exempted, not failing', async () => {
    const [requester, approver] = await Promise.all(
      ['requester', 'approver'].map((who) =>
        db.user.create({ data: { email: `${who}@exp.test`, role: 'editor', passwordHash: 'x' } }),
      ),
    );
    const today = dayOf(new Date());
    const requested = await requestComplianceException(
      {
        profileId,
        requirement: 'dmarc',
        domainId: hostileId,
        groupId: null,
        justification: 'Gateway replaced next quarter.',
        startsOn: today,
        expiresOn: addDays(today, 30),
      },
      { userId: requester?.id ?? '', label: 'requester' },
      db,
    );
    if (!requested.ok) throw new Error(requested.code);
    const approved = await approveComplianceException(
      requested.id,
      { role: 'editor' },
      { userId: approver?.id ?? '', label: 'approver' },
      db,
    );
    expect(approved.ok).toBe(true);
    const [row] = (await readDomainExportBatches(systemViewer(), selection({ q: 'hostile' }), { db }).next())
      .value as DomainExportRow[];
    expect(row?.compliance).toEqual([{ profile: HOSTILE_PROFILE, status: 'exempted', failing: [] }]);
  });
});
