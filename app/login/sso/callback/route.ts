import type { NextRequest } from 'next/server';
import { handleSsoCallback } from '@/lib/auth/oidc/sso-callback-handler';
import { ssoDeps } from '@/lib/auth/oidc/sso-deps';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return handleSsoCallback(request, ssoDeps());
}
