import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PublicStatus } from '@/components/owners/public-status';
import { authenticateStatusLink } from '@/lib/groups/status-link/authenticate-status-link';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { getGroupScorecard } from '@/lib/queries/get-group-scorecard';

export const dynamic = 'force-dynamic';
// The token is in the path: never sent on as a Referer, never indexed (next.config.ts sets the same
// as headers, X-Robots-Tag and Referrer-Policy, for the 404 answer too).
export const metadata: Metadata = { referrer: 'no-referrer', robots: { index: false, follow: false } };

/**
 * Public, no sign-in (proxy.ts lets /status through): a group's read-only status page, opened by its
 * unguessable link. The link's token is the credential and reads as a viewer of that group alone;
 * a revoked, rotated or unknown token is 404, all alike.
 */
export default async function StatusPage({ params }: { params: Promise<{ token: string }> }) {
  const viewer = await authenticateStatusLink((await params).token);
  if (!viewer?.groupIds?.[0]) notFound();
  const [scorecard, locale] = await Promise.all([
    getGroupScorecard(viewer, viewer.groupIds[0]),
    currentLocale(),
  ]);
  if (!scorecard) notFound();
  return <PublicStatus scorecard={scorecard} locale={locale} t={translator(locale)} />;
}
