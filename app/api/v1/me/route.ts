import { getCallerOperation } from '@/lib/api/v1/token-operations';
import { v1Route } from '@/lib/api/v1/v1-route';

export const GET = v1Route(getCallerOperation, async ({ principal }) =>
  principal.kind === 'token'
    ? {
        kind: 'token' as const,
        name: principal.tokenName,
        canWrite: principal.canWrite,
        expiresAt: principal.expiresAt,
      }
    : { kind: 'session' as const, name: principal.user.email, canWrite: principal.canWrite, expiresAt: null },
);
