import { z } from 'zod';

/** The languages a contact can get scorecard mails in. */
export const CONTACT_LANGUAGES = ['ja', 'en'] as const;

/**
 * A group contact as every writer accepts it. The address is checked as a plain mailbox (no display
 * name, no CR/LF: it becomes an SMTP recipient) and stored in lower case, so one person is one row.
 */
export const contactFields = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254).toLowerCase(),
  language: z.enum(CONTACT_LANGUAGES),
  role: z.string().trim().max(200).default(''),
});

export type ContactFields = z.output<typeof contactFields>;
