import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyMessage, type MessageOutcome } from '@/audit/received-mail/classify-message';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { messageText } from '@/testing/received-mail/mail-text';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { recordMailIngest } from './record-mail-ingest';

/** Storing classified messages into a data source, on a real PostgreSQL database. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let sourceId: string;
const TRUSTED = new Set(['mx.kensa.test']);

beforeAll(async () => {
  scratch = await createScratchDatabase('received_mail');
  db = scratch.db;
  const source = await db.mailSource.create({
    data: { name: 'Carrier A', trustedAuthservIds: [...TRUSTED] },
  });
  sourceId = source.id;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const outcome = (
  id: string,
  received: string | null,
  spf = 'pass',
  domain = 'example.co.jp',
): MessageOutcome =>
  classifyMessage(
    Buffer.from(
      messageText({
        messageId: id,
        received: received === null ? [] : [received],
        authResults: [
          `mx.kensa.test; spf=${spf} smtp.mailfrom=bounce@mail.${domain}; dkim=pass header.d=${domain}`,
        ],
      }),
    ),
    TRUSTED,
  );

async function aggregates() {
  const rows = await db.mailDailyAggregate.findMany({
    where: { sourceId },
    orderBy: [{ day: 'asc' }, { senderDomain: 'asc' }, { spf: 'asc' }],
  });
  return rows.map((r) => [
    r.day.toISOString().slice(0, 10),
    r.senderDomain,
    r.spf,
    r.dkim,
    r.dmarc,
    r.messages,
  ]);
}

describe('recordMailIngest', () => {
  it('adds per-day aggregates in the time zone, counts a message read twice once, and logs each batch', async () => {
    const batch = [
      // 23:30 UTC on 4 Jan is 5 Jan in Tokyo.
      outcome('a@x', 'Sun, 4 Jan 2026 23:30:00 +0000'),
      outcome('b@x', 'Mon, 5 Jan 2026 10:00:00 +0900', 'hardfail'),
      outcome('c@x', 'Mon, 5 Jan 2026 11:00:00 +0900', 'pass', 'example.org'),
      outcome('a@x', 'Sun, 4 Jan 2026 23:30:00 +0000'),
      outcome('d@x', null),
    ];
    const actor = SYSTEM_ACTOR;
    expect(await recordMailIngest(actor, { sourceId, label: 'inbox.mbox' }, batch, db, 'Asia/Tokyo')).toEqual(
      {
        counted: 3,
        untrusted: 0,
        duplicates: 1,
        malformed: 1,
      },
    );
    const once = [
      ['2026-01-05', 'example.co.jp', 'fail', 'pass', 'none', 1],
      ['2026-01-05', 'example.co.jp', 'pass', 'pass', 'none', 1],
      ['2026-01-05', 'example.org', 'pass', 'pass', 'none', 1],
    ];
    expect(await aggregates()).toEqual(once);

    // The same mailbox again (a re-upload): nothing new is counted.
    expect(
      await recordMailIngest(actor, { sourceId, label: 'inbox.mbox again' }, batch, db, 'Asia/Tokyo'),
    ).toEqual({
      counted: 0,
      untrusted: 0,
      duplicates: 5,
      malformed: 0,
    });
    expect(await aggregates()).toEqual(once);

    // A new message with an existing combination adds to its row.
    await recordMailIngest(
      actor,
      { sourceId, label: 'new' },
      [outcome('e@x', 'Mon, 5 Jan 2026 12:00:00 +0900')],
      db,
      'Asia/Tokyo',
    );
    expect((await aggregates())[1]).toEqual(['2026-01-05', 'example.co.jp', 'pass', 'pass', 'none', 2]);

    const ingests = await db.mailIngest.findMany({ where: { sourceId }, orderBy: { createdAt: 'asc' } });
    expect(ingests.map((i) => [i.label, i.counted, i.duplicates])).toEqual([
      ['inbox.mbox', 3, 1],
      ['inbox.mbox again', 0, 5],
      ['new', 1, 0],
    ]);
    const events = await db.auditEvent.findMany({ where: { action: 'mail.ingest', targetId: sourceId } });
    expect(events).toHaveLength(3);
  });

  it('counts a message once when two batches race for it', async () => {
    const racer = [outcome('race@x', 'Tue, 6 Jan 2026 10:00:00 +0900', 'pass', 'race.example')];
    const results = await Promise.all(
      [1, 2].map((n) =>
        recordMailIngest(SYSTEM_ACTOR, { sourceId, label: `race ${n}` }, racer, db, 'Asia/Tokyo'),
      ),
    );
    expect(results.map((r) => r.counted).sort()).toEqual([0, 1]);
    const row = await db.mailDailyAggregate.findFirstOrThrow({
      where: { sourceId, senderDomain: 'race.example' },
    });
    expect(row.messages).toBe(1);
  });

  it('refuses a label that is empty or too long before touching the database', async () => {
    await expect(recordMailIngest(SYSTEM_ACTOR, { sourceId, label: ' ' }, [], db)).rejects.toThrow();
    await expect(
      recordMailIngest(SYSTEM_ACTOR, { sourceId, label: 'x'.repeat(301) }, [], db),
    ).rejects.toThrow();
  });
});
