import { z } from 'zod';
import { imapHost, tlsModes } from './imap-connection';
import { mailboxPurposes } from './purpose-handlers';

/** RFC 3501 §5.1 names are free text; bounded, and no control characters (they reach logs and the UI). */
const folder = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, 'no control characters');

const settings = {
  name: z.string().trim().min(1).max(100),
  host: imapHost,
  port: z.coerce.number().int().min(1).max(65535),
  tlsMode: z.enum(tlsModes),
  username: z
    .string()
    .min(1)
    .max(320)
    .regex(/^[^\p{Cc}]+$/u, 'no control characters'),
  folder: folder.default('INBOX'),
  processedFolder: folder.default('Processed'),
  invalidFolder: folder.default('Invalid'),
  intervalMinutes: z.coerce.number().int().min(1).max(1440).default(15),
  enabled: z.boolean().default(true),
};

const target = z.discriminatedUnion('purpose', [
  z.object({ purpose: z.literal('received-mail'), mailSourceId: z.uuid() }),
  z.object({ purpose: z.literal('dmarc-reports'), mailSourceId: z.null().default(null) }),
]);

const distinctFolders = (input: { folder: string; processedFolder: string; invalidFolder: string }) =>
  new Set([input.folder, input.processedFolder, input.invalidFolder]).size === 3;

/** An account's settings as stored (without the password), checked as a whole. */
export const mailboxAccountSettings = z
  .object(settings)
  .and(target)
  .refine(distinctFolders, {
    message: 'the folder read, the processed and the invalid folder must differ',
    path: ['processedFolder'],
  });

/** A new account: every setting, the password in clear (sealed before it is stored). */
export const createMailboxAccountInput = mailboxAccountSettings.and(
  z.object({ password: z.string().min(1).max(1000) }),
);
export type CreateMailboxAccountInput = z.input<typeof createMailboxAccountInput>;

/** A change: any settings; the password only when a new one is given (it is never shown back). */
export const updateMailboxAccountInput = z
  .object({
    ...settings,
    password: z.string().min(1).max(1000),
    purpose: z.enum(mailboxPurposes),
    mailSourceId: z.uuid().nullable(),
  })
  .partial();
export type UpdateMailboxAccountInput = z.input<typeof updateMailboxAccountInput>;
