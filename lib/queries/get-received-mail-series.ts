import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { daySchema, scopeSchema } from '@/lib/history/adoption-input';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';
import { type MailPeriod, mailSeries } from '@/lib/received-mail/mail-series';
import { readMailPeriods } from '@/lib/received-mail/read-mail-periods';
import { NotVisibleError } from './not-visible';
import { canSeeScope, senderDomainInGroupsSql, visibleSenderDomainsSql } from './visible';

export const receivedMailSeriesInput = z
  .object({
    by: z.enum(['week', 'month']).default('week'),
    /** 'all': every source combined; else one data source's id. */
    source: z.union([z.literal('all'), z.uuid()]).default('all'),
    from: daySchema.optional(),
    to: daySchema.optional(),
    /** Only mail of these groups' domains; absent: every sender the viewer may see ('all': every sender). */
    scopes: z.array(scopeSchema).min(1).max(50).optional(),
  })
  .refine((i) => i.from === undefined || i.to === undefined || i.from <= i.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export type ReceivedMailSeriesInput = z.input<typeof receivedMailSeriesInput>;

export interface ReceivedMailSeries {
  by: 'week' | 'month';
  source: string;
  /** Every data source (for choosing one), and which have mail in the figures shown. */
  sources: Array<{ id: string; name: string; contributes: boolean }>;
  periods: MailPeriod[];
}

/**
 * Received-mail shares per week or month, combined or for one source, in the survey's shape
 * (lib/received-mail/mail-series.ts). A viewer limited to groups gets figures of the mail whose
 * sender domain is registered in their groups only (visibleSenderDomainsSql); `scopes` narrows to
 * chosen groups' domains (a group the viewer cannot see: NotVisibleError). Throws a ZodError on
 * invalid input.
 */
export async function getReceivedMailSeries(
  viewer: Viewer,
  input: ReceivedMailSeriesInput,
  db: PrismaClient = prisma,
): Promise<ReceivedMailSeries> {
  readAs(viewer);
  const { by, source, from, to, scopes } = receivedMailSeriesInput.parse(input);
  const hidden = scopes?.find((scope) => !canSeeScope(viewer, scope));
  if (hidden !== undefined) throw new NotVisibleError(`Scope ${hidden}`);
  const sender = Prisma.sql`a.sender_domain`;
  // 'all' is only an unscoped viewer's (canSeeScope), for whom the condition is true.
  const visible =
    scopes === undefined || scopes.includes(ALL_SCOPE)
      ? visibleSenderDomainsSql(viewer, sender)
      : senderDomainInGroupsSql(scopes, sender);
  const [sources, counts] = await Promise.all([
    db.mailSource.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    readMailPeriods(db, {
      by,
      sourceId: source === 'all' ? null : source,
      senderDomain: null,
      from: from ?? null,
      to: to ?? null,
      visible,
    }),
  ]);
  const contributing = new Set(counts.flatMap((period) => period.sourceIds));
  return {
    by,
    source,
    sources: sources.map((s) => ({ ...s, contributes: contributing.has(s.id) })),
    periods: mailSeries(counts, by),
  };
}
