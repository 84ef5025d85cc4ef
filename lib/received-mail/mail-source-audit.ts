import type { Prisma } from '@/generated/prisma/client';

/** What the audit log keeps of a source's settings (all of them: none is secret). */
export const MAIL_SOURCE_AUDIT_SELECT = {
  name: true,
  description: true,
  trustedAuthservIds: true,
  useReceivedSpf: true,
} as const;

export function mailSourceSnapshot(source: {
  name: string;
  description: string;
  trustedAuthservIds: string[];
  useReceivedSpf: boolean;
}): Prisma.InputJsonObject {
  return {
    name: source.name,
    description: source.description,
    trustedAuthservIds: source.trustedAuthservIds,
    useReceivedSpf: source.useReceivedSpf,
  };
}
