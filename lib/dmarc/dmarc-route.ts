import { z } from 'zod';

/** How an input reached Kensa (stored with every report and refused input). */
export const dmarcRoute = z.enum(['upload', 'api', 'cli', 'imap']);
export type DmarcRouteName = z.infer<typeof dmarcRoute>;

/** What an input was called where it came from: a file name, "IMAP INBOX 1234"; never its content. */
export const inputLabel = z.string().transform(
  (label) =>
    label
      .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
      .trim()
      .slice(0, 300) || '(unnamed)',
);
