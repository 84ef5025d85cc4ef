import { API_TOKEN_PATTERN, hashApiToken } from '@/lib/api-tokens/api-token-secret';
import { findApiToken } from '@/lib/api-tokens/find-api-token';
import { getCurrentUser } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { viewerOfToken, viewerOfUser } from '@/lib/auth/viewer';
import type { ApiPrincipal } from './api-principal';
import { ApiProblem } from './api-problem';

/** Kept exported here for callers of the v1 contract; they live with the rest of the token code. */
export { API_TOKEN_PATTERN, hashApiToken };

/**
 * The caller of a v1 request: `Authorization: Bearer <token>` when present (a bad token is an error,
 * never a fall-back to the cookie), else the session cookie. Throws ApiProblem 401 when neither.
 * A read-write token writes only while its creator is still an editor or admin.
 */
export async function authenticateRequest(request: Request): Promise<ApiPrincipal> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1] || !API_TOKEN_PATTERN.test(match[1]))
      throw new ApiProblem(401, 'invalid_token', 'The Authorization header must be "Bearer kensa_…".');
    const token = await findApiToken(match[1]);
    if (!token) throw new ApiProblem(401, 'invalid_token', 'The API token is unknown, revoked or expired.');
    return {
      kind: 'token',
      tokenId: token.id,
      tokenName: token.name,
      userId: token.createdById,
      userEmail: token.creatorEmail,
      scope: token.scope,
      canWrite: token.canWrite,
      expiresAt: token.expiresAt,
      viewer: viewerOfToken(token.createdById, token.creatorRole, token.groupIds),
    };
  }
  const user = await getCurrentUser();
  if (!user)
    throw new ApiProblem(401, 'unauthenticated', 'Send "Authorization: Bearer <API token>" or sign in.');
  if (user.mfaEnrolmentRequired)
    throw new ApiProblem(403, 'mfa_enrolment_required', 'Set up MFA under Settings → Account first.');
  return { kind: 'session', user, canWrite: hasRole(user.role, 'editor'), viewer: viewerOfUser(user) };
}
