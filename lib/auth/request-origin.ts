import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { clientAddressFrom } from './client-address';

export interface RequestOrigin {
  /** The client's address as KENSA_TRUSTED_PROXIES says to read it; null when unknown. */
  clientAddress: string | null;
  userAgent: string | null;
}

const USER_AGENT_MAX = 300;

/** Where the current request (a page or server action) comes from, for throttling, sessions and the audit log. */
export async function requestOrigin(): Promise<RequestOrigin> {
  const list = await headers();
  return {
    clientAddress: clientAddressFrom(list.get('x-forwarded-for'), env().KENSA_TRUSTED_PROXIES),
    userAgent: list.get('user-agent')?.slice(0, USER_AGENT_MAX) || null,
  };
}
