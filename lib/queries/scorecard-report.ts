import { z } from 'zod';
import { scorecardBimi, scorecardMtaSts, scorecardTlsRpt } from './scorecard-transport';
import { transportSecurityShape } from './scorecard-transport-security';

/**
 * The parts of a stored AuditReport (audit/report.ts) the scorecard shows, read leniently: a report
 * written by an older or newer worker shows what it has instead of failing the page. Every string
 * here came from DNS, i.e. from whoever controls the zone: pages render it as text, never as HTML.
 */
const text = z.string().catch('');
const strings = z.array(z.string()).catch([]);

export interface SpfTreeView {
  domain: string;
  via: string;
  term: string | null;
  record: string | null;
  error?: string;
  lookups: number;
  children: SpfTreeView[];
}

const spfTree: z.ZodType<SpfTreeView> = z.lazy(() =>
  z.object({
    domain: text,
    via: text,
    term: z.string().nullable().catch(null),
    record: z.string().nullable().catch(null),
    error: z.string().optional().catch(undefined),
    lookups: z.number().catch(0),
    children: z.array(spfTree).catch([]),
  }),
);

const disposition = z.enum(['none', 'quarantine', 'reject']).catch('none');

export const scorecardReport = z.object({
  status: z.enum(['complete', 'partial']).catch('partial'),
  checkedAt: z.string().optional().catch(undefined),
  findings: z
    .array(
      z.object({
        id: text,
        severity: text,
        rfc: text,
        message: text,
        evidence: z.record(z.string(), z.unknown()).catch({}),
      }),
    )
    .catch([]),
  spf: z
    .object({
      record: z.string().nullable().catch(null),
      records: strings,
      lookups: z.number().catch(0),
      voidLookups: z.number().catch(0),
      tree: spfTree.nullable().catch(null),
    })
    .nullable()
    .catch(null),
  dkim: z
    .object({
      keys: z
        .array(
          z.object({
            selector: text,
            record: text,
            type: z.string().nullable().catch(null),
            bits: z.number().nullable().catch(null),
            testing: z.boolean().catch(false),
            revoked: z.boolean().catch(false),
            fingerprint: z.string().nullable().catch(null),
          }),
        )
        .catch([]),
    })
    .nullable()
    .catch(null),
  dmarc: z
    .object({
      record: z.string().nullable().catch(null),
      source: z.enum(['own', 'organizational']).nullable().catch(null),
      organizationalDomain: text,
      enforcing: z.boolean().catch(false),
      policy: z
        .object({
          p: disposition,
          sp: disposition,
          np: disposition,
          pct: z.number().catch(100),
          adkim: z.enum(['r', 's']).catch('r'),
          aspf: z.enum(['r', 's']).catch('r'),
          rua: strings,
          testing: z.boolean().catch(false),
          applied: z.enum(['p', 'sp', 'np']).catch('p'),
          effective: disposition,
        })
        .nullable()
        .catch(null),
    })
    .nullable()
    .catch(null),
  adsp: z
    .object({ record: z.string().nullable().catch(null) })
    .nullable()
    .catch(null),
  senderId: z
    .object({ records: z.array(z.object({ record: text })).catch([]) })
    .nullable()
    .catch(null),
  mx: z
    .object({
      records: z.array(z.object({ preference: z.number().catch(0), exchange: text })).catch([]),
      nullMx: z.boolean().catch(false),
    })
    .nullable()
    .catch(null),
  // The transport and brand checks (issue 15): lib/queries/scorecard-transport.ts.
  mtaSts: scorecardMtaSts,
  tlsRpt: scorecardTlsRpt,
  bimi: scorecardBimi,
  ...transportSecurityShape,
});

export type ScorecardReport = z.infer<typeof scorecardReport>;

/** The report as the scorecard reads it, or null when it is not a report at all. */
export function readScorecardReport(report: unknown): ScorecardReport | null {
  const parsed = scorecardReport.safeParse(report);
  return parsed.success ? parsed.data : null;
}
