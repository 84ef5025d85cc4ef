import { createHash } from 'node:crypto';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db';
import type { ApiPrincipal } from './api-principal';
import { ApiProblem } from './api-problem';

/** API tokens look like `kensa_<43 base64url characters>` (256 random bits). */
export const API_TOKEN_PATTERN = /^kensa_[A-Za-z0-9_-]{43}$/;

/** What the database stores for a token: a stolen api_tokens table yields no usable token. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** lastUsedAt is refreshed at most this often, so a busy script does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The caller of a v1 request: `Authorization: Bearer <token>` when present (a bad token is an error,
 * never a fall-back to the cookie), else the session cookie. Throws ApiProblem 401 when neither.
 * A read-write token writes only while the admin who created it is still an admin.
 */
export async function authenticateRequest(request: Request): Promise<ApiPrincipal> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1] || !API_TOKEN_PATTERN.test(match[1]))
      throw new ApiProblem(401, 'invalid_token', 'The Authorization header must be "Bearer kensa_…".');
    const token = await prisma.apiToken.findUnique({
      where: { tokenHash: hashApiToken(match[1]) },
      select: {
        id: true,
        name: true,
        scope: true,
        createdById: true,
        expiresAt: true,
        revokedAt: true,
        lastUsedAt: true,
        createdBy: { select: { role: true } },
      },
    });
    const now = new Date();
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now))
      throw new ApiProblem(401, 'invalid_token', 'The API token is unknown, revoked or expired.');
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
      await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    return {
      kind: 'token',
      tokenId: token.id,
      tokenName: token.name,
      userId: token.createdById,
      scope: token.scope,
      canWrite: token.scope === 'write' && token.createdBy.role === 'admin',
    };
  }
  const user = await getCurrentUser();
  if (!user)
    throw new ApiProblem(401, 'unauthenticated', 'Send "Authorization: Bearer <API token>" or sign in.');
  return { kind: 'session', user, canWrite: user.role === 'admin' };
}
