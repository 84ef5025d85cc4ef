import type { Prisma } from '@/generated/prisma/client';

/** What the settings page and /api/v1 show of a mailbox account: everything but the password. */
export const mailboxAccountRowSelect = {
  id: true,
  name: true,
  host: true,
  port: true,
  tlsMode: true,
  username: true,
  folder: true,
  processedFolder: true,
  invalidFolder: true,
  intervalMinutes: true,
  enabled: true,
  purpose: true,
  mailSourceId: true,
  mailSource: { select: { name: true } },
  lastPullAt: true,
  lastPullStatus: true,
  lastPullError: true,
  lastPullProcessed: true,
  lastPullInvalid: true,
  createdAt: true,
} satisfies Prisma.MailboxAccountSelect;

type Selected = Prisma.MailboxAccountGetPayload<{ select: typeof mailboxAccountRowSelect }>;

export type MailboxAccountRow = Omit<Selected, 'mailSource' | 'tlsMode' | 'purpose' | 'lastPullStatus'> & {
  tlsMode: 'tls' | 'starttls';
  purpose: 'received-mail' | 'dmarc-reports';
  lastPullStatus: 'ok' | 'error' | null;
  mailSourceName: string | null;
};

/** The row with the source's name flattened in; the text columns are narrowed by their CHECKs. */
export function mailboxAccountRowOf(account: Selected): MailboxAccountRow {
  const { mailSource, ...rest } = account;
  return {
    ...rest,
    tlsMode: rest.tlsMode as MailboxAccountRow['tlsMode'],
    purpose: rest.purpose as MailboxAccountRow['purpose'],
    lastPullStatus: rest.lastPullStatus as MailboxAccountRow['lastPullStatus'],
    mailSourceName: mailSource?.name ?? null,
  };
}
