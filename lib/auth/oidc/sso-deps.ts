import { Redis } from 'ioredis';
import { env } from '@/lib/env';
import { createOidcRelyingParty, type OidcRelyingParty } from './oidc-relying-party';
import { oidcSettings } from './oidc-settings';

/** What the SSO routes work with: the provider's client and the Redis that holds pending sign-ins. */
export interface SsoDeps {
  relyingParty: OidcRelyingParty;
  redis: Redis;
}

const processGlobal = globalThis as typeof globalThis & { kensaSso?: SsoDeps | null };

/**
 * The process's SSO set-up from the environment, or null when SSO is not configured. Its Redis
 * client fails a command after one reconnect attempt instead of waiting (the BullMQ connections
 * wait): a sign-in during an outage is refused with a message, never left hanging.
 */
export function ssoDeps(): SsoDeps | null {
  if (processGlobal.kensaSso === undefined) {
    const settings = oidcSettings();
    processGlobal.kensaSso = settings && {
      relyingParty: createOidcRelyingParty(settings),
      redis: ssoRedis(),
    };
  }
  return processGlobal.kensaSso;
}

function ssoRedis(): Redis {
  const redis = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => {}); // reconnects by itself; a failed command is reported by its sign-in
  return redis;
}
