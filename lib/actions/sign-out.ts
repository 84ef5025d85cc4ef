'use server';

import { redirect } from 'next/navigation';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { getCurrentUser } from '@/lib/auth/current-user';
import { requestOrigin } from '@/lib/auth/request-origin';
import { endPresentedSessions } from '@/lib/auth/set-session-cookie';

/** Ends the session in the database (not only the cookie), logs it, and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  await endPresentedSessions();
  if (user) {
    const { clientAddress } = await requestOrigin();
    await recordAuditEvent(
      { userId: user.id, label: user.email, clientAddress },
      { action: 'auth.sign-out' },
    );
  }
  redirect('/login');
}
