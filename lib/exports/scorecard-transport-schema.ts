import { z } from 'zod';

const dnsText = (what: string) =>
  z.string().describe(`${what}, as published, cut to a bounded length (attacker-controlled text)`);
const sectionStatus = z
  .enum(['complete', 'partial', 'skipped'])
  .describe('partial: a lookup or fetch failed temporarily (unknown); skipped: switched off');
const dnssecState = z
  .enum(['secure', 'insecure', 'bogus', 'unknown'])
  .describe('RFC 4035 §4.3; unknown: not validated or the lookup failed');
const fetchOutcome = z
  .enum(['fetched', 'failed', 'temporary', 'off', 'none'])
  .nullable()
  .describe(
    'The HTTPS fetch: fetched, failed (a finding), temporary (unknown), off (KENSA_MTA_STS_FETCH), none (nothing to fetch); null: not recorded by the scan',
  );

/**
 * The transport and brand checks of the scorecard export (issue 15; docs/transport-checks.md and
 * docs/transport-security.md): each section as the last scan stored it, null when that scan predates
 * the check. Their findings are in the export's `findings`, with the rest.
 */
export const scorecardTransportSchema = z.object({
  mtaSts: z
    .object({
      status: sectionStatus,
      record: z.object({ raw: dnsText('_mta-sts TXT record'), id: z.string().nullable() }).nullable(),
      policy: z
        .object({
          mode: z.enum(['enforce', 'testing', 'none']),
          mx: z.array(dnsText('mx pattern')).describe('At most 20'),
          maxAge: z.number().describe('Seconds (RFC 8461 §3.2)'),
        })
        .nullable()
        .describe('The policy fetched from https://mta-sts.<domain>/.well-known/mta-sts.txt'),
      uncoveredMx: z.array(z.string()).describe('MX hosts no mx pattern matches (RFC 8461 §4.1)'),
      fetch: fetchOutcome,
      fetchProblem: dnsText('Why the policy could not be read (server text)').nullable(),
    })
    .nullable(),
  tlsRpt: z
    .object({
      status: sectionStatus,
      record: z
        .object({ raw: dnsText('_smtp._tls TXT record'), rua: z.array(dnsText('rua URI')) })
        .nullable(),
    })
    .nullable(),
  bimi: z
    .object({
      status: sectionStatus,
      record: z
        .object({
          raw: dnsText('default._bimi TXT record'),
          location: dnsText('l= logo URL').nullable(),
          authority: dnsText('a= mark certificate URL').nullable(),
        })
        .nullable(),
      logoValid: z.boolean().nullable().describe('The logo passed the SVG Tiny PS checks; null: not fetched'),
      dmarcEligible: z
        .boolean()
        .nullable()
        .describe('DMARC is quarantine or reject with pct=100, as BIMI requires; null: unknown'),
      fetch: fetchOutcome,
      fetchProblem: dnsText('Why the logo could not be read (server text)').nullable(),
    })
    .nullable(),
  dnssec: z
    .object({
      status: z.enum(['complete', 'partial']),
      validated: z.boolean().describe("false: Kensa's resolver does not validate, every state is unknown"),
      domain: dnssecState,
    })
    .nullable(),
  smtpProbe: z
    .enum(['complete', 'partial', 'skipped'])
    .nullable()
    .describe('The STARTTLS probe of the MX hosts; skipped: KENSA_SMTP_PROBE is off'),
  mxHosts: z
    .array(
      z.object({
        host: z.string(),
        dnssec: dnssecState.nullable(),
        dane: z
          .object({
            dnssec: dnssecState.describe('Of the _25._tcp TLSA answer'),
            tlsa: z
              .array(
                z.object({
                  usage: z.number().int(),
                  selector: z.number().int(),
                  matchingType: z.number().int(),
                  data: dnsText('Certificate association data, hex'),
                }),
              )
              .describe('At most 16'),
            usable: z
              .boolean()
              .nullable()
              .describe('DANE applies: secure TLSA with a usable record (RFC 7672)'),
            certificateMatches: z.boolean().nullable().describe('null: not probed'),
          })
          .nullable(),
        starttls: z
          .object({
            outcome: z.enum(['tls', 'no-starttls', 'tls-failed', 'connect-failed', 'timeout', 'not-probed']),
            detail: dnsText('Why the probe did not complete (server text)').nullable(),
            tlsVersion: z.string().nullable(),
            certificate: z
              .object({ nameMatches: z.boolean(), trusted: z.boolean(), notAfter: z.string() })
              .nullable(),
          })
          .nullable(),
      }),
    )
    .describe('Each MX host in MX order, at most 50: its DNSSEC, TLSA with the DANE verdict, STARTTLS'),
});

export type ScorecardTransport = z.infer<typeof scorecardTransportSchema>;
