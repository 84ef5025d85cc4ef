import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { ingestDmarcInput } from './ingest-dmarc-input';

/** Files as routes hand them over, through the parser into storage, on a real PostgreSQL. */
let scratch: ScratchDatabase;
let db: PrismaClient;
const actor = { userId: null, label: 'tester' };

beforeAll(async () => {
  scratch = await createScratchDatabase('dmarc_input');
  db = scratch.db;
}, 120_000);
afterAll(async () => {
  await scratch?.drop();
});

const deps = () => ({ db, resolver: createMemoryResolver({}), timeZone: 'UTC' });
const xml = (reportId: string) =>
  Buffer.from(
    `<?xml version="1.0"?><feedback><report_metadata><org_name>Receiver</org_name><email>d@receiver.example</email>` +
      `<report_id>${reportId}</report_id><date_range><begin>1764460800</begin><end>1764547199</end></date_range>` +
      `</report_metadata><policy_published><domain>Input.Test</domain><p>none</p></policy_published>` +
      `<record><row><source_ip>192.0.2.1</source_ip><count>3</count><policy_evaluated><disposition>none</disposition>` +
      `<dkim>Pass</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>input.test</header_from>` +
      `</identifiers><auth_results><dkim><domain>input.test</domain><selector>lrn1</selector><result>pass</result>` +
      `</dkim><spf><domain>input.test</domain><result>pass</result></spf></auth_results></record></feedback>`,
  );

describe('ingestDmarcInput', () => {
  it('stores a report once whether it comes as XML by upload or gzipped by IMAP', async () => {
    const first = await ingestDmarcInput(actor, xml('in-1'), { fileName: 'a.xml', route: 'upload' }, deps());
    const again = await ingestDmarcInput(
      actor,
      gzipSync(xml('in-1')),
      { fileName: 'a.xml.gz', route: 'imap' },
      deps(),
    );
    expect(first.reports.map((r) => [r.policyDomain, r.result.status])).toEqual([['input.test', 'stored']]);
    expect(again.reports.map((r) => r.result.status)).toEqual(['duplicate']);
    const stored = await db.dmarcReport.findMany({ where: { reportId: 'in-1' } });
    expect(stored.map((r) => [r.route, r.label, r.messages])).toEqual([['upload', 'a.xml', 3n]]);
    expect(await db.dmarcLearnedSelector.count({ where: { domain: 'input.test', selector: 'lrn1' } })).toBe(
      1,
    );
  });

  it('lists a refused input in the Invalid list with the reason and size, and stores nothing', async () => {
    const hostile = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><feedback>&a;</feedback>',
    );
    const result = await ingestDmarcInput(actor, hostile, { fileName: 'evil.xml', route: 'api' }, deps());
    expect(result.refused).toContain('DOCTYPE');
    const [row] = await db.dmarcRefusedInput.findMany({ where: { fileName: 'evil.xml' } });
    expect(row).toMatchObject({ route: 'api', sizeBytes: hostile.length, reason: result.refused });
    const truncated = gzipSync(xml('in-2')).subarray(0, 40);
    const cut = await ingestDmarcInput(actor, truncated, { fileName: 'cut.xml.gz', route: 'upload' }, deps());
    expect(cut.refused).not.toBeNull();
    expect(await db.dmarcReport.count({ where: { reportId: 'in-2' } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'dmarc-report.refuse' } })).toBe(2);
  });
});
