import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { type MailPeriod, mailSeries } from '@/lib/received-mail/mail-series';
import { readMailPeriods } from '@/lib/received-mail/read-mail-periods';
import { visibleDomains, visibleSenderDomainsSql } from './visible';

export interface DomainReceivedMail {
  /** The sender domain the figures are for: the registered domain's ASCII name. */
  senderDomain: string;
  /** The latest week with mail claiming the domain, with its change since the week before; null: none. */
  latest: MailPeriod | null;
}

/**
 * How a registered domain's own mail fared at the receivers that report to Kensa, for its
 * scorecard: the latest week's SPF/DKIM/DMARC results of the mail whose sender organisational domain
 * is this domain. Null when the domain is not visible to the viewer (or does not exist).
 */
export async function getDomainReceivedMail(
  viewer: Viewer,
  domainId: string,
  db: PrismaClient = prisma,
): Promise<DomainReceivedMail | null> {
  readAs(viewer);
  if (!isUuid(domainId)) return null;
  const domain = await db.domain.findFirst({
    where: { id: domainId, ...visibleDomains(viewer) },
    select: { ascii: true },
  });
  if (domain === null) return null;
  const counts = await readMailPeriods(db, {
    by: 'week',
    sourceId: null,
    senderDomain: domain.ascii,
    from: null,
    to: null,
    visible: visibleSenderDomainsSql(viewer, Prisma.sql`a.sender_domain`),
  });
  // Only the last two weeks matter: the latest and, for its change, the one before.
  const periods = mailSeries(counts.slice(-2), 'week');
  return { senderDomain: domain.ascii, latest: periods.at(-1) ?? null };
}
