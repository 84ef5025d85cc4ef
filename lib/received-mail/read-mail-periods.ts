import { Prisma, type PrismaClient } from '@/generated/prisma/client';

export const MAIL_METHODS = ['spf', 'dkim', 'dmarc'] as const;
export type MailMethod = (typeof MAIL_METHODS)[number];

/** Counts per normalised result ('pass', 'fail', 'none'…), per method. */
export type MethodCounts = Record<MailMethod, Record<string, number>>;

/** One week's or month's sums over `mail_daily_aggregates`, before any share is worked out. */
export interface MailPeriodCounts {
  /** 'YYYY-MM-DD': the ISO week's Monday or the month's 1st (days are already in KENSA_TIME_ZONE). */
  start: string;
  /** The data sources with counted mail in the period, sorted. */
  sourceIds: string[];
  messages: number;
  /** Distinct sender organisational domains (messages without one are left out). */
  senderDomains: number;
  /** Messages per result. */
  byMessages: MethodCounts;
  /** Sender domains per result: each domain counts once, under the result most of its mail got. */
  byDomains: MethodCounts;
}

export interface MailPeriodsQuery {
  by: 'week' | 'month';
  sourceId: string | null;
  senderDomain: string | null;
  from: string | null;
  to: string | null;
  /** The viewer's scope as a condition on the sender domain column `a.sender_domain`. */
  visible: Prisma.Sql;
}

/**
 * Sums the daily aggregates into weeks or months: the sources, messages and sender domains of each
 * period and the counts of each SPF/DKIM/DMARC result by message and by sender domain. A domain
 * whose mail got several results in a period is counted under the one most of its messages got
 * (ties: `pass` first, then alphabetically), so the domain shares of a method add up to 100%.
 * Reads only the aggregates (a few rows per source, day and sender domain), never messages.
 */
export async function readMailPeriods(
  db: PrismaClient,
  query: MailPeriodsQuery,
): Promise<MailPeriodCounts[]> {
  const where = conditions(query);
  const bucket = Prisma.sql`date_trunc(${query.by}::text, a.day::timestamp)`;
  const [periods, results] = await Promise.all([
    db.$queryRaw<Array<{ start: string; source_ids: string[]; messages: bigint; sender_domains: bigint }>>`
      SELECT to_char(${bucket}, 'YYYY-MM-DD') AS start,
        array_agg(DISTINCT a.source_id::text ORDER BY a.source_id::text) AS source_ids,
        sum(a.messages)::bigint AS messages,
        count(DISTINCT NULLIF(a.sender_domain, '')) AS sender_domains
      FROM mail_daily_aggregates a WHERE ${where}
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<
      Array<{ start: string; basis: 'messages' | 'domains'; method: MailMethod; result: string; n: bigint }>
    >`
      WITH m AS (
        SELECT ${bucket} AS period, a.sender_domain, v.method, v.result, a.messages
        FROM mail_daily_aggregates a
        CROSS JOIN LATERAL (VALUES ('spf', a.spf), ('dkim', a.dkim), ('dmarc', a.dmarc)) AS v(method, result)
        WHERE ${where}
      ), per_domain AS (
        SELECT DISTINCT ON (period, sender_domain, method) period, method, result
        FROM (SELECT period, sender_domain, method, result, sum(messages) AS n
              FROM m WHERE sender_domain <> '' GROUP BY 1, 2, 3, 4) d
        ORDER BY period, sender_domain, method, n DESC, (result = 'pass') DESC, result
      )
      SELECT to_char(period, 'YYYY-MM-DD') AS start, 'messages' AS basis, method, result,
        sum(messages)::bigint AS n FROM m GROUP BY period, method, result
      UNION ALL
      SELECT to_char(period, 'YYYY-MM-DD'), 'domains', method, result, count(*)::bigint
      FROM per_domain GROUP BY period, method, result`,
  ]);
  const byStart = new Map(
    periods.map((p) => [
      p.start,
      {
        start: p.start,
        sourceIds: p.source_ids,
        messages: Number(p.messages),
        senderDomains: Number(p.sender_domains),
        byMessages: emptyCounts(),
        byDomains: emptyCounts(),
      } satisfies MailPeriodCounts,
    ]),
  );
  for (const row of results) {
    const period = byStart.get(row.start);
    if (period === undefined) continue;
    const counts = row.basis === 'messages' ? period.byMessages : period.byDomains;
    counts[row.method][row.result] = Number(row.n);
  }
  return [...byStart.values()];
}

function conditions(query: MailPeriodsQuery): Prisma.Sql {
  const parts = [query.visible];
  if (query.sourceId !== null) parts.push(Prisma.sql`a.source_id = ${query.sourceId}::uuid`);
  if (query.senderDomain !== null) parts.push(Prisma.sql`a.sender_domain = ${query.senderDomain}`);
  if (query.from !== null) parts.push(Prisma.sql`a.day >= ${query.from}::date`);
  if (query.to !== null) parts.push(Prisma.sql`a.day <= ${query.to}::date`);
  return Prisma.join(parts, ' AND ');
}

function emptyCounts(): MethodCounts {
  return { spf: {}, dkim: {}, dmarc: {} };
}
