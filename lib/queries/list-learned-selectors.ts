import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleDomains } from './visible';

export interface LearnedSelector {
  /** The signing domain (d=): the domain itself or a name below it. */
  domain: string;
  selector: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** DKIM selectors DMARC reports revealed for a domain (and names below it), newest first. */
export async function listLearnedSelectors(viewer: Viewer, domainId: string): Promise<LearnedSelector[]> {
  readAs(viewer);
  if (!isUuid(domainId)) return [];
  const domain = await prisma.domain.findFirst({
    where: { id: domainId, ...visibleDomains(viewer) },
    select: { ascii: true },
  });
  if (!domain) return [];
  return prisma.dmarcLearnedSelector.findMany({
    where: { OR: [{ domain: domain.ascii }, { domain: { endsWith: `.${domain.ascii}` } }] },
    orderBy: [{ lastSeenAt: 'desc' }, { selector: 'asc' }],
    take: 200,
  });
}
