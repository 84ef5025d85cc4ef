import type { ScorecardSchedule } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleGroups } from './visible';

/** Scorecard mails listed on the owners page, newest first. */
const MAILS_SHOWN = 20;

export interface GroupOwners {
  group: { id: string; name: string; scorecardSchedule: ScorecardSchedule; statusLinkSetAt: Date | null };
  contacts: Array<{ id: string; name: string; email: string; language: 'ja' | 'en'; role: string }>;
  mails: Array<{
    id: string;
    period: string;
    language: string;
    status: 'pending' | 'sent' | 'failed';
    attempts: number;
    lastError: string | null;
    createdAt: Date;
    sentAt: Date | null;
  }>;
}

/**
 * A group's contacts (personal data: for signed-in users who may see the group, never for its public
 * page), its scorecard schedule, whether a public status link is open, and its latest scorecard mails.
 * null when the group is not the viewer's to see.
 */
export async function getGroupOwners(viewer: Viewer, groupId: string): Promise<GroupOwners | null> {
  readAs(viewer);
  if (viewer.kind === 'status-link' || !isUuid(groupId)) return null;
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: groupId }, visibleGroups(viewer)] },
    select: {
      id: true,
      name: true,
      scorecardSchedule: true,
      statusTokenSetAt: true,
      contacts: {
        orderBy: [{ name: 'asc' }, { email: 'asc' }],
        select: { id: true, name: true, email: true, language: true, role: true },
      },
      scorecardMails: {
        orderBy: { createdAt: 'desc' },
        take: MAILS_SHOWN,
        select: {
          id: true,
          period: true,
          language: true,
          status: true,
          attempts: true,
          lastError: true,
          createdAt: true,
          sentAt: true,
        },
      },
    },
  });
  if (!group) return null;
  const { contacts, scorecardMails, statusTokenSetAt, ...rest } = group;
  return {
    group: { ...rest, statusLinkSetAt: statusTokenSetAt },
    contacts: contacts.map((c) => ({ ...c, language: c.language === 'en' ? 'en' : 'ja' })),
    mails: scorecardMails,
  };
}
