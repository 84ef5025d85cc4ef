import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { anySeen, deliver, listFolder, type TestImap, testImap } from '@/testing/imap/test-imap';
import { messageText } from '@/testing/received-mail/mail-text';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { createMailboxAccount } from './create-mailbox-account';
import { DEFAULT_PULL_LIMITS } from './pull-mailbox';
import { type PurposeHandler, perMessageHandler, purposeHandlers } from './purpose-handlers';
import { runMailboxPull } from './run-mailbox-pull';

/** Scheduled pulls against the real Dovecot that npm test starts, into a real PostgreSQL database. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let imap: TestImap;
let sourceId: string;

beforeAll(async () => {
  scratch = await createScratchDatabase('mailbox_pull');
  db = scratch.db;
  imap = await testImap();
  sourceId = (
    await db.mailSource.create({ data: { name: 'Mailbox A', trustedAuthservIds: ['mx.kensa.test'] } })
  ).id;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const message = (id: string, spf = 'pass', trusted = true) =>
  messageText(
    {
      messageId: id,
      received: ['Mon, 5 Jan 2026 10:00:00 +0900'],
      authResults: [
        `${trusted ? 'mx.kensa.test' : 'forged.example'}; spf=${spf} smtp.mailfrom=b@mail.example.jp`,
      ],
      from: 'news@example.jp',
    },
    'The body, never read.\n',
  );
/** No Received and no Date: no receive time, so malformed (issue 13). */
const broken = (id: string) => messageText({ messageId: id, from: 'x@example.jp' });

async function account(
  name: string,
  overrides: { password?: string; port?: number; tlsMode?: 'tls' | 'starttls' } = {},
) {
  const user = await imap.addUser(name);
  const created = await createMailboxAccount(
    {
      name,
      host: imap.host,
      port: overrides.port ?? imap.port,
      tlsMode: overrides.tlsMode ?? 'tls',
      username: user.username,
      password: overrides.password ?? user.password,
      purpose: 'received-mail',
      mailSourceId: sourceId,
    },
    SYSTEM_ACTOR,
    db,
  );
  if (!created.ok) throw new Error(created.message);
  return { id: created.id, user };
}

const counts = async (label: string) =>
  db.mailIngest.findMany({
    where: { sourceId, label },
    select: { counted: true, untrusted: true, duplicates: true, malformed: true },
  });
const pull = (id: string, deps: Parameters<typeof runMailboxPull>[1] = {}) =>
  runMailboxPull(id, { db, ca: imap.ca, ...deps });

describe('runMailboxPull', () => {
  it('counts the header blocks into the source, moves them to Processed and the broken one to Invalid, unseen', async () => {
    const { id, user } = await account('pull-basic');
    await deliver(imap, user, 'INBOX', [
      message('a@x'),
      message('b@x', 'fail'),
      message('c@x', 'pass', false),
      broken('d@x'),
    ]);

    expect(await pull(id)).toEqual({ status: 'ok', result: { processed: 3, invalid: 1 } });
    expect(await counts('IMAP pull-basic')).toEqual([
      { counted: 2, untrusted: 1, duplicates: 0, malformed: 1 },
    ]);
    expect(await listFolder(imap, user, 'INBOX')).toEqual([]);
    expect(await listFolder(imap, user, 'Processed')).toEqual(['<a@x>', '<b@x>', '<c@x>']);
    expect(await listFolder(imap, user, 'Invalid')).toEqual(['<d@x>']);
    // BODY.PEEK: reading the headers marked nothing as read.
    expect(await anySeen(imap, user, 'Processed')).toBe(false);
    const stored = await db.mailboxAccount.findUniqueOrThrow({ where: { id } });
    expect([
      stored.lastPullStatus,
      stored.lastPullError,
      stored.lastPullProcessed,
      stored.lastPullInvalid,
    ]).toEqual(['ok', null, 3, 1]);

    // Nothing left: the next pull moves nothing and adds an empty ingest only.
    expect(await pull(id)).toEqual({ status: 'ok', result: { processed: 0, invalid: 0 } });
  });

  it('counts a batch once when the pull crashed after storing it and before moving it', async () => {
    const { id, user } = await account('pull-crash');
    await deliver(imap, user, 'INBOX', [message('e@x'), message('f@x')]);
    const real = purposeHandlers['received-mail'] as PurposeHandler;
    const handed: string[] = [];
    const crashing: PurposeHandler = {
      reads: real.reads,
      async handleBatch(...args) {
        handed.push(...args[1].map((m) => m.bytes.toString('utf8')));
        await real.handleBatch(...args);
        throw new Error('worker killed before the move');
      },
    };
    const crashed = await pull(id, { handlers: { 'received-mail': crashing } });
    expect(crashed).toMatchObject({ status: 'error', error: expect.stringContaining('worker killed') });
    expect(await listFolder(imap, user, 'INBOX')).toEqual(['<e@x>', '<f@x>']);
    // Privacy: received mail is handed the header blocks only, never a body.
    expect(handed).toHaveLength(2);
    expect(handed.every((text) => text.includes('Message-ID:') && !text.includes('never read'))).toBe(true);

    expect(await pull(id)).toEqual({ status: 'ok', result: { processed: 2, invalid: 0 } });
    expect(await counts('IMAP pull-crash')).toEqual([
      { counted: 2, untrusted: 0, duplicates: 0, malformed: 0 },
      { counted: 0, untrusted: 0, duplicates: 2, malformed: 0 },
    ]);
  });

  it('reads in bounded batches, over STARTTLS too, and sends an oversized message to Invalid unread', async () => {
    const { id, user } = await account('pull-batches', { port: imap.starttlsPort, tlsMode: 'starttls' });
    await deliver(imap, user, 'INBOX', [
      message('g@x'),
      message('h@x'),
      message('i@x'),
      `${message('j@x')}${'x'.repeat(5000)}\n`,
    ]);
    const limits = { ...DEFAULT_PULL_LIMITS, batch: 2, maxMessageBytes: 4000 };
    expect(await pull(id, { limits })).toEqual({ status: 'ok', result: { processed: 3, invalid: 1 } });
    expect(await listFolder(imap, user, 'Invalid')).toEqual(['<j@x>']);
    expect((await counts('IMAP pull-batches')).map((c) => c.counted)).toEqual([2, 1]);
  });

  it('hands whole messages to a per-message handler (DMARC reports) and files refusals under Invalid', async () => {
    const { id, user } = await account('pull-whole');
    await deliver(imap, user, 'INBOX', [message('k@x'), message('l@x')]);
    const seen: string[] = [];
    const whole = perMessageHandler(async (bytes) => {
      seen.push(bytes.toString('utf8'));
      return bytes.includes('<l@x>') ? { kind: 'refused', reason: 'not a report' } : { kind: 'accepted' };
    });
    expect(await pull(id, { handlers: { 'received-mail': whole } })).toEqual({
      status: 'ok',
      result: { processed: 1, invalid: 1 },
    });
    expect(seen.every((text) => text.includes('The body, never read.'))).toBe(true);
    expect(await listFolder(imap, user, 'Invalid')).toEqual(['<l@x>']);
  });

  it('records a refused password as a clear error status and moves nothing', async () => {
    const { id, user } = await account('pull-badpass', { password: 'wrong' });
    await deliver(imap, user, 'INBOX', [message('m@x')]);
    expect(await pull(id)).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/^login refused by the server/),
    });
    const stored = await db.mailboxAccount.findUniqueOrThrow({ where: { id } });
    expect(stored.lastPullStatus).toBe('error');
    expect(stored.lastPullError).toMatch(/check the user name and password/);
    expect(await listFolder(imap, user, 'INBOX')).toEqual(['<m@x>']);
  });

  it('refuses a server whose certificate does not chain to a trusted CA', async () => {
    const { id, user } = await account('pull-untrusted');
    await deliver(imap, user, 'INBOX', [message('n@x')]);
    // The system's roots only: the test CA is not among them.
    expect(await pull(id, { ca: undefined })).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/TLS certificate could not be verified/),
    });
    expect(await listFolder(imap, user, 'INBOX')).toEqual(['<n@x>']);
  });
});
