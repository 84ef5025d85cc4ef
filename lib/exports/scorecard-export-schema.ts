import { z } from 'zod';
import { adoptionFlagsSchema } from '@/lib/history/adoption-flags-schema';
import { scorecardTransportSchema } from './scorecard-transport-schema';

const time = z.string().describe('ISO 8601, UTC');
const dnsText = (what: string) =>
  z.string().describe(`${what}, exactly as published (attacker-controlled text)`);
const disposition = z.enum(['none', 'quarantine', 'reject']);

/**
 * The scorecard of one domain as handed to its owner (GET /api/v1/domains/{id}/scorecard): what the
 * scorecard page shows, texts in the chosen language. The PDF is printed from this same object, so
 * the two never disagree. Finding ids, severities and RFC references come from the catalog
 * (docs/findings.md). Adding fields is compatible; renaming or removing one is not.
 */
export const scorecardExportSchema = z.object({
  version: z.literal(1),
  language: z.enum(['en', 'ja']),
  generatedAt: time,
  domain: z.object({
    id: z.string(),
    ascii: z.string().describe('A-label form'),
    unicode: z.string().describe('U-label form'),
    parked: z.boolean().describe('Sends no mail: the audit expects null MX and reject-all policies'),
    tags: z.array(z.string()),
    selectors: z.array(z.string()).describe('DKIM selectors queried'),
    notes: z.string(),
    groups: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  scan: z.object({
    lastScanAt: time.nullable(),
    fetchedAt: time.nullable().describe('When the records below were read'),
    status: z.enum(['complete', 'partial']).nullable().describe('null: never scanned'),
    stale: z.boolean().describe('The last scan failed in part; the results are of an earlier one'),
    staleReason: z.string().nullable(),
  }),
  adoption: adoptionFlagsSchema
    .nullable()
    .describe('The adoption metrics of the last complete scan; null: never scanned'),
  grade: z
    .object({
      grade: z.enum(['A', 'B', 'C', 'D', 'F']),
      rule: z.string(),
      reasons: z.array(
        z.object({ id: z.string(), severity: z.enum(['error', 'warning']), title: z.string() }),
      ),
    })
    .nullable()
    .describe('null until a scan produced a report'),
  records: z
    .object({
      spf: z.array(dnsText('SPF TXT record')),
      dmarc: dnsText('DMARC record').nullable(),
      mx: z.array(z.object({ preference: z.number(), exchange: z.string() })),
      nullMx: z.boolean(),
      adsp: dnsText('ADSP record').nullable(),
      senderId: z.array(dnsText('Sender ID record')),
    })
    .nullable(),
  spf: z
    .object({
      lookups: z.number().int().describe('DNS-querying terms counted against the limit (RFC 7208 §4.6.4)'),
      lookupLimit: z.literal(10),
      voidLookups: z.number().int(),
      voidLookupLimit: z.literal(2),
      tree: z
        .array(
          z.object({
            depth: z.number().int().describe('0 for the domain itself'),
            domain: z.string(),
            via: z.string().describe('include, redirect…'),
            term: z.string().nullable(),
            lookups: z.number().int(),
            error: z.string().nullable(),
            record: dnsText('SPF record of this node').nullable(),
          }),
        )
        .describe('The include/redirect tree, depth first'),
    })
    .nullable(),
  dmarc: z
    .object({
      record: dnsText('DMARC record').nullable(),
      source: z.enum(['own', 'organizational']).nullable(),
      organizationalDomain: z.string(),
      enforcing: z.boolean(),
      policy: z
        .object({
          p: disposition,
          sp: disposition,
          np: disposition,
          pct: z.number(),
          adkim: z.enum(['r', 's']),
          aspf: z.enum(['r', 's']),
          rua: z.array(z.string()),
          testing: z.boolean(),
          applied: z.enum(['p', 'sp', 'np']),
          effective: disposition,
        })
        .nullable(),
    })
    .nullable(),
  transport: scorecardTransportSchema
    .nullable()
    .describe('MTA-STS, TLS-RPT, BIMI, DNSSEC, DANE and STARTTLS; null until a scan produced a report'),
  dkim: z.object({
    published: z
      .array(
        z.object({
          selector: z.string(),
          type: z.string().nullable(),
          bits: z.number().int().nullable(),
          testing: z.boolean(),
          revoked: z.boolean(),
          fingerprint: z.string().nullable(),
          firstSeenAt: time.nullable(),
          ageDays: z.number().int().nullable().describe('Days since Kensa first saw this key'),
        }),
      )
      .describe('Keys found by the last scan'),
    history: z
      .array(
        z.object({
          selector: z.string(),
          fingerprint: z.string(),
          type: z.string().nullable(),
          bits: z.number().int().nullable(),
          firstSeenAt: time,
          lastSeenAt: time,
        }),
      )
      .describe('Every key Kensa has seen, for rotation'),
  }),
  dmarcReports: z
    .object({
      from: time,
      to: time,
      reports: z.number().int(),
      messages: z.number().int(),
      dmarcPass: z.number().int(),
      dmarcFail: z.number().int(),
      wouldBeRejected: z
        .number()
        .int()
        .describe('"What if p=reject": failing messages a receiver honouring p=reject would refuse'),
      wouldBeRejectedApproved: z.number().int().describe('The same among approved sources'),
      sources: z
        .array(
          z.object({
            ip: z.string(),
            reverseName: z.string().nullable().describe('PTR name (attacker-controlled text)'),
            reverseStatus: z.enum(['name', 'none', 'unknown']).describe('unknown: the lookup failed'),
            provider: z.string().nullable(),
            messages: z.number().int(),
            spfAligned: z.number().int(),
            dkimAligned: z.number().int(),
            approved: z.boolean(),
          }),
        )
        .describe('Busiest first, at most 500'),
    })
    .nullable()
    .describe("Receivers' DMARC aggregate reports of the last 30 days (docs/dmarc-reports.md)"),
  findings: z.array(
    z.object({
      id: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      rfc: z.string(),
      title: z.string(),
      explanation: z.string(),
      remediation: z.string(),
      evidence: z.record(z.string(), z.unknown()).describe('Values from DNS that produced the finding'),
    }),
  ),
});

export type ScorecardExport = z.infer<typeof scorecardExportSchema>;
