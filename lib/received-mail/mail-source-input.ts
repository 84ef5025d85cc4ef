import { z } from 'zod';

/** Trusted ids a source may have: a carrier runs a few receivers, not hundreds. */
export const MAX_TRUSTED_IDS = 20;

/**
 * An authserv-id as receivers write it (RFC 8601 §2.5: usually the receiver's host name) and as the
 * ingest compares it: lower case, without CFWS. An RFC 2045 token (no spaces, no tspecials such as
 * `;` `(` `"`), at most 255 characters (a host name is at most 253).
 */
export const authservIdInput = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(255)
  .regex(
    /^[a-z0-9!#$%&'*+.^_`{|}~-]+$/,
    'An authserv-id is one word: letters, digits and . - _ (no spaces).',
  );

/** A data source's fields as admins write them (page and API); a change gives some (PATCH). */
export const mailSourceFields = z
  .object({
    name: z.string().trim().min(1).max(100),
    description: z.string().trim().max(500),
    trustedAuthservIds: z
      .array(authservIdInput)
      .min(1)
      .max(MAX_TRUSTED_IDS)
      .transform((ids) => [...new Set(ids)]),
    useReceivedSpf: z.boolean(),
  })
  .strict();

/** A whole data source, as created or saved from the form. */
export const mailSourceInput = mailSourceFields.extend({
  description: mailSourceFields.shape.description.default(''),
  useReceivedSpf: mailSourceFields.shape.useReceivedSpf.default(false),
});

export type MailSourceInput = z.output<typeof mailSourceInput>;

/** The form's or the API's list of ids: separated by commas, semicolons or white space. */
export function splitAuthservIds(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}
