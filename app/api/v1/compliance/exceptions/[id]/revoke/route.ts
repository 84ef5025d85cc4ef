import { decideException } from '@/lib/api/v1/decide-exception';
import { revokeExceptionOperation } from '@/lib/api/v1/exception-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { revokeComplianceException } from '@/lib/compliance/revoke-compliance-exception';

export const POST = v1Route(revokeExceptionOperation, ({ principal, actor, params }) =>
  decideException(principal.viewer, params.id, () =>
    revokeComplianceException(params.id, principal.viewer, actor),
  ),
);
