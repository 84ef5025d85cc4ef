import { z } from 'zod';

/**
 * The MTA-STS, TLS-RPT and BIMI sections of a stored report as the scorecard reads them: leniently
 * (a report from before these checks has none: undefined), and bounded again, since every string
 * came from DNS or an HTTPS server the audited domain controls. Pages render them as text. Their
 * findings are in the report's `findings`, with the rest.
 */
/** A string cut to `max` characters, an ellipsis marking the cut. */
export const bounded = (max: number) =>
  z.string().transform((text) => (text.length > max ? `${text.slice(0, max - 1)}…` : text));
const line = bounded(512).catch('');
const maybeLine = bounded(512).nullable().catch(null);
const lines = z
  .array(line)
  .transform((items) => items.slice(0, 20))
  .catch([]);
const status = z.enum(['complete', 'partial', 'skipped']).catch('partial');
/** audit/https/types.ts FetchOutcome; null in reports stored before the outcome was recorded. */
const fetchOutcome = z.enum(['fetched', 'failed', 'temporary', 'off', 'none']).nullable().catch(null);

export const scorecardMtaSts = z
  .object({
    status,
    record: z.object({ raw: line, id: maybeLine }).nullable().catch(null),
    policy: z
      .object({
        mode: z.enum(['enforce', 'testing', 'none']).catch('none'),
        mx: lines,
        maxAge: z.number().catch(0),
      })
      .nullable()
      .catch(null),
    uncoveredMx: lines,
    fetch: fetchOutcome,
    fetchProblem: bounded(300).optional().catch(undefined),
  })
  .optional()
  .catch(undefined);

export const scorecardTlsRpt = z
  .object({
    status,
    record: z.object({ raw: line, rua: lines }).nullable().catch(null),
  })
  .optional()
  .catch(undefined);

export const scorecardBimi = z
  .object({
    status,
    record: z.object({ raw: line, location: maybeLine, authority: maybeLine }).nullable().catch(null),
    logoValid: z.boolean().nullable().catch(null),
    dmarcEligible: z.boolean().nullable().catch(null),
    fetch: fetchOutcome,
    fetchProblem: bounded(300).optional().catch(undefined),
  })
  .optional()
  .catch(undefined);
