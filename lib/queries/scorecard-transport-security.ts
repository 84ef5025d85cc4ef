import { z } from 'zod';

/**
 * The DNSSEC, DANE and STARTTLS sections of a stored report (audit/dnssec, dane, starttls types) as
 * the scorecard reads them: leniently, null when a report predates them. Host names, TLSA data and
 * probe details came from DNS or from the MX host itself: rendered as text, never as HTML.
 */
const text = z.string().catch('');
const dnssecState = z.enum(['secure', 'insecure', 'bogus', 'unknown']).catch('unknown');
const lenient = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional().catch(null);

export const transportSecurityShape = {
  dnssec: lenient(
    z.object({
      status: z.enum(['complete', 'partial']).catch('partial'),
      validated: z.boolean().catch(true),
      domain: dnssecState,
      mxHosts: z.array(z.object({ host: text, state: dnssecState })).catch([]),
    }),
  ),
  dane: lenient(
    z.object({
      hosts: z
        .array(
          z.object({
            host: text,
            dnssec: dnssecState,
            tlsa: z
              .array(
                z.object({
                  usage: z.number().catch(-1),
                  selector: z.number().catch(-1),
                  matchingType: z.number().catch(-1),
                  data: text,
                }),
              )
              .catch([]),
            usable: z.boolean().nullable().catch(null),
            certificateMatches: z.boolean().nullable().catch(null),
          }),
        )
        .catch([]),
    }),
  ),
  starttls: lenient(
    z.object({
      status: z.enum(['complete', 'partial', 'skipped']).catch('partial'),
      hosts: z
        .array(
          z.object({
            host: text,
            outcome: z
              .enum(['tls', 'no-starttls', 'tls-failed', 'connect-failed', 'timeout', 'not-probed'])
              .catch('connect-failed'),
            detail: z.string().optional().catch(undefined),
            tlsVersion: z.string().optional().catch(undefined),
            certificate: z
              .object({
                nameMatches: z.boolean().catch(false),
                trusted: z.boolean().catch(false),
                notAfter: text,
              })
              .optional()
              .catch(undefined),
          }),
        )
        .catch([]),
    }),
  ),
};
