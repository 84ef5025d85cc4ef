import type { PrismaClient } from '@/generated/prisma/client';
import { addDays } from '@/lib/history/day-of';
import { randomFor } from '@/testing/seeded-random';

/** Two years of weeks; the third source reports from the middle on, so the series breaks there. */
export const DEMO_MAIL_WEEKS = 104;
const SOURCES = [
  { name: 'Demo carrier A (synthetic)', authservId: 'mx.carrier-a.test', fromWeek: 0, seed: 11 },
  { name: 'Demo carrier B (synthetic)', authservId: 'mx.carrier-b.test', fromWeek: 0, seed: 23 },
  { name: 'Demo mailbox provider C (synthetic)', authservId: 'mx.provider-c.test', fromWeek: 52, seed: 37 },
] as const;
/** Senders that are not registered in Kensa: most of a carrier's mail comes from such domains. */
const OTHER_SENDERS = Array.from(
  { length: 40 },
  (_, i) => `sender-${String(i + 1).padStart(2, '0')}.example`,
);

export interface DemoMailRow {
  source: number;
  day: string;
  senderDomain: string;
  spf: string;
  dkim: string;
  dmarc: string;
  messages: number;
}

/**
 * Synthetic weekly aggregates in the survey's shape, from a seeded PRNG (the same rows on every
 * machine for the same `lastMonday`): each sender domain starts to pass SPF, DKIM and DMARC in a
 * week of its own, so the pass shares climb over the two years, with a little fail, softfail and
 * temperror throughout. Each week's mail is dated its Monday.
 */
export function demoMailRows(lastMonday: string, senders: readonly string[]): DemoMailRow[] {
  const rows: DemoMailRow[] = [];
  senders.forEach((domain, d) => {
    const draw = randomFor(97, d);
    // Adoption weeks: some before the window, DKIM and DMARC later than SPF, some never.
    const spfFrom = Math.floor(draw() * DEMO_MAIL_WEEKS * 1.3) - 40;
    const dkimFrom = spfFrom + Math.floor(draw() * DEMO_MAIL_WEEKS);
    const dmarcFrom = Math.max(spfFrom, dkimFrom) + Math.floor(draw() * 60) - 10;
    const volume = 20 + Math.floor(draw() ** 2 * 400);
    SOURCES.forEach((source, s) => {
      const noise = randomFor(source.seed, d);
      for (let week = source.fromWeek; week < DEMO_MAIL_WEEKS; week++) {
        const day = addDays(lastMonday, -7 * (DEMO_MAIL_WEEKS - 1 - week));
        const total = Math.round(volume * (0.6 + noise() * 0.8) * (s === 2 ? 0.5 : 1));
        // Four batches a week, each with one result triple: enough mixture for shares, few rows.
        for (let batch = 0; batch < 4; batch++) {
          const r = noise();
          const spf =
            week < spfFrom
              ? r < 0.9
                ? 'none'
                : 'neutral'
              : r < 0.04
                ? 'softfail'
                : r < 0.06
                  ? 'fail'
                  : r < 0.07
                    ? 'temperror'
                    : 'pass';
          const dkim = week < dkimFrom ? 'none' : noise() < 0.05 ? 'fail' : 'pass';
          const dmarc = week < dmarcFrom ? 'none' : spf === 'pass' || dkim === 'pass' ? 'pass' : 'fail';
          const messages = Math.max(1, Math.round(total / 4));
          rows.push({ source: s, day, senderDomain: domain, spf, dkim, dmarc, messages });
        }
      }
    });
  });
  return merged(rows);
}

/** Batches of one source, day, domain and triple added together (the table's primary key). */
function merged(rows: DemoMailRow[]): DemoMailRow[] {
  const byKey = new Map<string, DemoMailRow>();
  for (const row of rows) {
    const key = [row.source, row.day, row.senderDomain, row.spf, row.dkim, row.dmarc].join('|');
    const existing = byKey.get(key);
    if (existing) existing.messages += row.messages;
    else byKey.set(key, { ...row });
  }
  return [...byKey.values()];
}

/**
 * Gives the demo two years of received mail from three synthetic data sources, inserted as
 * aggregates (no messages are made), unless a data source exists already. Returns the rows added.
 */
export async function seedDemoReceivedMail(db: PrismaClient, lastMonday: string): Promise<number> {
  if ((await db.mailSource.count()) > 0) return 0;
  const registered = await db.domain.findMany({ where: { archivedAt: null }, select: { ascii: true } });
  const senders = [...registered.map((d) => d.ascii), ...OTHER_SENDERS];
  const rows = demoMailRows(lastMonday, senders);
  await db.$transaction(
    async (tx) => {
      const ids: string[] = [];
      for (const source of SOURCES) {
        const created = await tx.mailSource.create({
          data: { name: source.name, trustedAuthservIds: [source.authservId] },
        });
        ids.push(created.id);
      }
      for (let i = 0; i < rows.length; i += 5000) {
        const chunk = rows.slice(i, i + 5000);
        await tx.$executeRaw`
        INSERT INTO mail_daily_aggregates (source_id, day, sender_domain, spf, dkim, dmarc, messages)
        SELECT r.source_id, r.day, r.sender_domain, r.spf, r.dkim, r.dmarc, r.messages
        FROM unnest(${chunk.map((r) => ids[r.source])}::uuid[], ${chunk.map((r) => r.day)}::date[],
          ${chunk.map((r) => r.senderDomain)}::text[], ${chunk.map((r) => r.spf)}::text[],
          ${chunk.map((r) => r.dkim)}::text[], ${chunk.map((r) => r.dmarc)}::text[],
          ${chunk.map((r) => r.messages)}::int[]) AS r(source_id, day, sender_domain, spf, dkim, dmarc, messages)`;
      }
    },
    { timeout: 120_000 },
  );
  return rows.length;
}
