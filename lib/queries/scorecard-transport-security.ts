import { z } from 'zod';
import { bounded } from './scorecard-transport';

/**
 * The DNSSEC, DANE and STARTTLS sections of a stored report (audit/dnssec, dane, starttls types) as
 * the scorecard reads them: leniently, null when a report predates them. Host names, TLSA data and
 * probe details came from DNS or from the MX host itself: bounded here, rendered as text, never as HTML.
 */
/** A host name has at most 253 characters (RFC 1035 §2.3.4); more is not a name but still shown, cut. */
const hostName = bounded(255).catch('');
const detail = bounded(300).optional().catch(undefined);
/** Hosts and TLSA records kept per report: a domain's MX set and TLSA RRsets are its own to inflate. */
const atMost = <T extends z.ZodTypeAny>(max: number, item: T) =>
  z
    .array(item)
    .transform((items) => items.slice(0, max))
    .catch([]);
const dnssecState = z.enum(['secure', 'insecure', 'bogus', 'unknown']).catch('unknown');
export type DnssecState = z.infer<typeof dnssecState>;
const lenient = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional().catch(null);

export const transportSecurityShape = {
  dnssec: lenient(
    z.object({
      status: z.enum(['complete', 'partial']).catch('partial'),
      validated: z.boolean().catch(true),
      domain: dnssecState,
      mxHosts: atMost(50, z.object({ host: hostName, state: dnssecState })),
    }),
  ),
  dane: lenient(
    z.object({
      hosts: atMost(
        50,
        z.object({
          host: hostName,
          dnssec: dnssecState,
          tlsa: atMost(
            16,
            z.object({
              usage: z.number().catch(-1),
              selector: z.number().catch(-1),
              matchingType: z.number().catch(-1),
              // A full certificate (matching type 0) is a few thousand hex digits; a digest 64 or 128.
              data: bounded(4096).catch(''),
            }),
          ),
          usable: z.boolean().nullable().catch(null),
          certificateMatches: z.boolean().nullable().catch(null),
        }),
      ),
    }),
  ),
  starttls: lenient(
    z.object({
      status: z.enum(['complete', 'partial', 'skipped']).catch('partial'),
      hosts: atMost(
        50,
        z.object({
          host: hostName,
          outcome: z
            .enum(['tls', 'no-starttls', 'tls-failed', 'connect-failed', 'timeout', 'not-probed'])
            .catch('connect-failed'),
          detail,
          tlsVersion: bounded(32).optional().catch(undefined),
          certificate: z
            .object({
              nameMatches: z.boolean().catch(false),
              trusted: z.boolean().catch(false),
              notAfter: bounded(64).catch(''),
            })
            .optional()
            .catch(undefined),
        }),
      ),
    }),
  ),
};
