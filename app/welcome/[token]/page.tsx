import type { Metadata } from 'next';
import { UserLinkPage } from '@/components/account/user-link-page';

export const dynamic = 'force-dynamic';
// The token is in the path: never send it on to another site as a Referer.
export const metadata: Metadata = { referrer: 'no-referrer' };

/** Public: an invitation link opens here to choose a password. */
export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  return <UserLinkPage token={(await params).token} kind="invite" />;
}
