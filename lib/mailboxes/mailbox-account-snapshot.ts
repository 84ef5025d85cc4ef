import type { Prisma } from '@/generated/prisma/client';

/** What the audit log keeps of an account: its settings, never the password (sealed or not). */
export function mailboxAccountSnapshot(account: {
  name: string;
  host: string;
  port: number;
  tlsMode: string;
  username: string;
  folder: string;
  processedFolder: string;
  invalidFolder: string;
  intervalMinutes: number;
  enabled: boolean;
  purpose: string;
  mailSourceId: string | null;
}): Prisma.InputJsonObject {
  const { name, host, port, tlsMode, username, folder, processedFolder, invalidFolder } = account;
  const { intervalMinutes, enabled, purpose, mailSourceId } = account;
  return {
    name,
    host,
    port,
    tlsMode,
    username,
    folder,
    processedFolder,
    invalidFolder,
    intervalMinutes,
    enabled,
    purpose,
    mailSourceId,
  };
}
