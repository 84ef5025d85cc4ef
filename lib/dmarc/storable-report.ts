import { z } from 'zod';
import type { DmarcAggregateReport } from '@/audit/dmarc-report/types';

/** RFC 7489 §7.2 leaves lengths open; these keep one hostile report from bloating rows or indexes. */
const id = z.string().trim().min(1).max(512);
const text = z.string().max(1024);
const optionalText = text.nullable();
const result = z.string().trim().min(1).max(32);
const instant = z.iso.datetime({ offset: true });

/** Issue 14: a report of more than 100,000 records is refused (the parser refuses it first). */
export const MAX_RECORDS = 100_000;

/**
 * What storage accepts of a parsed report: the parser's type, with bounds on everything that lands
 * in a row or an index (a report id of megabytes would break the unique index). The parser has
 * already normalised the values; this only refuses what no honest reporter sends.
 */
export const storableReport = z.object({
  orgName: id,
  reportId: id,
  policyDomain: z.string().min(1).max(253),
  begin: instant,
  end: instant,
  policyPublished: z.object({
    p: result,
    sp: result.nullable(),
    pct: z.number().int().min(0).max(100).nullable(),
    np: result.nullable(),
    adkim: result.nullable(),
    aspf: result.nullable(),
    fo: z.string().max(64).nullable(),
    testing: result.nullable(),
    discoveryMethod: result.nullable(),
  }),
  records: z
    .array(
      z.object({
        sourceIp: z.string().min(1).max(64),
        count: z.number().int().min(0).max(2_147_483_647),
        disposition: result,
        dkimAligned: z.enum(['pass', 'fail']),
        spfAligned: z.enum(['pass', 'fail']),
        headerFrom: text,
        envelopeFrom: optionalText,
        envelopeTo: optionalText,
        dkim: z.array(z.object({ domain: text, selector: optionalText, result })).max(100),
        spf: z.array(z.object({ domain: text, scope: z.string().max(16).nullable(), result })).max(100),
        reasons: z.array(z.object({ type: result, comment: optionalText })).max(100),
      }),
    )
    .max(MAX_RECORDS),
  messages: z.number().int().min(0),
  reporterEmail: optionalText,
  extraContactInfo: optionalText,
  errors: z.array(text).max(100),
  generator: optionalText,
  namespace: optionalText,
}) satisfies z.ZodType<DmarcAggregateReport>;

/** The first problem of a report storage refuses, in words for the Invalid list; null when storable. */
export function whyNotStorable(report: DmarcAggregateReport): string | null {
  const parsed = storableReport.safeParse(report);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `not storable: ${issue?.path.join('.') ?? 'report'} ${issue?.message ?? 'is invalid'}`;
}
