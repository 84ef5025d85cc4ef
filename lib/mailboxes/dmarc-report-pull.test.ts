import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { reportMail } from '@/testing/dmarc-report/report-mail';
import { syntheticReportXml } from '@/testing/dmarc-report/synthetic-report';
import { deliver, listFolder, type TestImap, testImap } from '@/testing/imap/test-imap';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { createMailboxAccount } from './create-mailbox-account';
import { runMailboxPull } from './run-mailbox-pull';

/** A DMARC report mailbox (issue 14) pulled from the real Dovecot that npm test starts. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let imap: TestImap;

beforeAll(async () => {
  scratch = await createScratchDatabase('dmarc_report_pull');
  db = scratch.db;
  imap = await testImap();
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const xml = syntheticReportXml({ records: 3, reportId: 'imap-pull-1' });
const report = reportMail({ attachments: [{ name: 'report.xml', contentType: 'text/xml', data: xml }] });
const notAReport = reportMail({
  attachments: [{ name: 'notes.xml', contentType: 'text/xml', data: '<notes/>' }],
});

describe('a dmarc-reports mailbox', () => {
  it('stores attached reports once, however often they arrive, and files a non-report under Invalid with its reason', async () => {
    const user = await imap.addUser('dmarc-pull');
    const created = await createMailboxAccount(
      {
        name: 'rua',
        host: imap.host,
        port: imap.port,
        tlsMode: 'tls',
        username: user.username,
        password: user.password,
        purpose: 'dmarc-reports',
      },
      SYSTEM_ACTOR,
      db,
    );
    if (!created.ok) throw new Error(created.message);
    // The same report mailed twice, as a pull repeated after a crash would hand it in again.
    await deliver(imap, user, 'INBOX', [report, report, notAReport]);

    expect(await runMailboxPull(created.id, { db, ca: imap.ca })).toEqual({
      status: 'ok',
      result: { processed: 2, invalid: 1 },
    });
    const stored = await db.dmarcReport.findMany({ select: { reportId: true, route: true } });
    expect(stored).toEqual([{ reportId: 'imap-pull-1', route: 'imap' }]);
    expect(await db.dmarcRecord.count()).toBe(3);
    const refused = await db.dmarcRefusedInput.findMany({ select: { route: true, reason: true } });
    expect(refused).toEqual([
      { route: 'imap', reason: expect.stringContaining('not a DMARC aggregate report') },
    ]);
    expect(await listFolder(imap, user, 'Processed')).toHaveLength(2);
    expect(await listFolder(imap, user, 'Invalid')).toHaveLength(1);
  }, 120_000);
});
