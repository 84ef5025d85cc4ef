import type { NextRequest } from 'next/server';
import { ssoDeps } from '@/lib/auth/oidc/sso-deps';
import { handleSsoStart } from '@/lib/auth/oidc/sso-start-handler';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return handleSsoStart(request, ssoDeps());
}
