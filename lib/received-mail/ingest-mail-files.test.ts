import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { mboxText, messageText } from '@/testing/received-mail/mail-text';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { ingestMailFiles, type MailFile } from './ingest-mail-files';
import { mailUploadFiles } from './mail-upload-files';
import { purgeSeenMessages } from './purge-seen-messages';
import { recordMailIngest } from './record-mail-ingest';

/** Uploads read in batches into one ingest, their bounds, and the digest purge, on real PostgreSQL. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let source: { id: string; trustedAuthservIds: string[]; useReceivedSpf: boolean };

beforeAll(async () => {
  scratch = await createScratchDatabase('mail_upload');
  db = scratch.db;
  source = await db.mailSource.create({
    data: { name: 'Carrier', trustedAuthservIds: ['mx.kensa.test'], useReceivedSpf: true },
    select: { id: true, trustedAuthservIds: true, useReceivedSpf: true },
  });
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const mail = (n: number, extra: string[] = []) =>
  messageText({
    messageId: `${n}@upload.test`,
    received: [`Mon, 5 Jan 2026 ${String(n % 24).padStart(2, '0')}:00:00 +0900`],
    authResults: ['mx.kensa.test; dkim=pass header.d=example.jp'],
    extra,
  });

/** `text` as a stream of `size`-byte chunks, as a slow client sends it. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function* files(...list: MailFile[]): AsyncGenerator<MailFile> {
  yield* list;
}

describe('ingestMailFiles', () => {
  it('stores an upload in batches as one history row, with an audit entry per batch', async () => {
    const mbox = mboxText(Array.from({ length: 7 }, (_, i) => mail(i)));
    const result = await ingestMailFiles(
      SYSTEM_ACTOR,
      source,
      'big.mbox',
      files({ name: 'big.mbox', bytes: chunks(mbox, 13) }, { name: 'one.eml', bytes: chunks(mail(100), 5) }),
      { db, batchSize: 3, timeZone: 'Asia/Tokyo' },
    );
    expect(result).toMatchObject({ files: 2, messages: 8, counted: 8, stopped: null });
    const ingests = await db.mailIngest.findMany({ where: { sourceId: source.id } });
    expect(ingests.map((i) => [i.id, i.label, i.counted])).toEqual([[result.ingestId, 'big.mbox', 8]]);
    const audits = await db.auditEvent.findMany({ where: { action: 'mail.ingest' } });
    expect(audits.length).toBeGreaterThanOrEqual(3);
  });

  it('reads Received-SPF for a source that opted in', async () => {
    const spf = 'Received-SPF: softfail (mx.kensa.test) receiver=mx.kensa.test; identity=mailfrom';
    await ingestMailFiles(
      SYSTEM_ACTOR,
      source,
      'spf.eml',
      files({ name: 'spf.eml', bytes: chunks(mail(200, [spf]), 64) }),
      {
        db,
        timeZone: 'Asia/Tokyo',
      },
    );
    const row = await db.mailDailyAggregate.findFirst({ where: { sourceId: source.id, spf: 'softfail' } });
    expect(row?.messages).toBe(1);
  });

  it('stops at the byte bound, keeping what was read before it', async () => {
    const mbox = mboxText(Array.from({ length: 5 }, (_, i) => mail(300 + i)));
    const request = new Request('http://kensa.test/upload', { method: 'POST', body: mbox });
    const result = await ingestMailFiles(
      SYSTEM_ACTOR,
      source,
      'cut.mbox',
      mailUploadFiles(request, 'cut.mbox', Math.floor(mbox.length * 0.6)),
      { db, timeZone: 'Asia/Tokyo' },
    );
    expect(result.stopped).toBe('too-large');
    expect(result.counted).toBeGreaterThanOrEqual(1);
    expect(result.counted).toBeLessThan(5);
    const ingest = await db.mailIngest.findUniqueOrThrow({ where: { id: result.ingestId } });
    expect(ingest.counted).toBe(result.counted);
  });

  it('reads a 200 MB body as it streams, holding a few chunks, never the whole body', async () => {
    // 4,000 messages of 50 KB, made as the reader pulls them: only what the reader keeps stays alive.
    const body = 'x'.repeat(50 * 1024 - 1).replace(/(.{999})./g, '$1\n');
    let sent = 0;
    let peak = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const { heapUsed, arrayBuffers } = process.memoryUsage();
        peak = Math.max(peak, heapUsed + arrayBuffers);
        if (sent === 4_000) return controller.close();
        const messages = Array.from({ length: 20 }, (_, i) =>
          messageText(
            {
              messageId: `big${sent + i}@x`,
              received: ['Mon, 5 Jan 2026 10:00:00 +0900'],
              authResults: ['mx.kensa.test; spf=pass'],
            },
            body,
          ),
        );
        sent += 20;
        controller.enqueue(new TextEncoder().encode(mboxText(messages)));
      },
    });
    const start = process.memoryUsage();
    const request = new Request('http://kensa.test/upload', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const result = await ingestMailFiles(
      SYSTEM_ACTOR,
      source,
      'big.mbox',
      mailUploadFiles(request, 'big.mbox'),
      {
        db,
        timeZone: 'Asia/Tokyo',
      },
    );
    expect(result).toMatchObject({ messages: 4_000, counted: 4_000, stopped: null });
    // 200 MB went through; the process grew by far less (chunks of 1 MB, batches of outcomes).
    expect(peak - (start.heapUsed + start.arrayBuffers)).toBeLessThan(80 * 1024 * 1024);
  }, 300_000);

  it('refuses to add a batch to another source’s ingest', async () => {
    const other = await db.mailSource.create({ data: { name: 'Other', trustedAuthservIds: ['x.test'] } });
    const ingest = await db.mailIngest.findFirstOrThrow({ where: { sourceId: source.id } });
    await expect(
      recordMailIngest(SYSTEM_ACTOR, { sourceId: other.id, label: 'x', ingestId: ingest.id }, [], db),
    ).rejects.toThrow(/another data source/);
  });
});

describe('purgeSeenMessages', () => {
  it('deletes digests of messages received before the retention, in batches, and logs it once', async () => {
    const before = await db.mailSeenMessage.count({ where: { day: { lt: new Date('2026-01-06') } } });
    expect(before).toBeGreaterThan(3);
    await db.mailSeenMessage.create({
      data: { sourceId: source.id, digest: 'recent', day: new Date('2026-03-01') },
    });
    const now = new Date('2026-03-02T00:00:00Z');
    // 30 days before 2 March (Tokyo) is 31 January: the January digests go, March's stays.
    expect(await purgeSeenMessages(db, 30, { now, timeZone: 'Asia/Tokyo', batchSize: 2 })).toBe(before);
    expect((await db.mailSeenMessage.findMany()).map((m) => m.digest)).toEqual(['recent']);
    expect(await purgeSeenMessages(db, 30, { now, timeZone: 'Asia/Tokyo' })).toBe(0);
    const purges = await db.auditEvent.findMany({ where: { action: 'mail-source.purge' } });
    expect(purges.map((p) => p.after)).toEqual([
      { deleted: before, olderThan: '2026-01-31', retentionDays: 30 },
    ]);
    // The statistics stay.
    expect(await db.mailDailyAggregate.count({ where: { sourceId: source.id } })).toBeGreaterThan(0);
  });
});
