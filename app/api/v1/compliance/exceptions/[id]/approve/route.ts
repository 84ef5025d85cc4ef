import { decideException } from '@/lib/api/v1/decide-exception';
import { approveExceptionOperation } from '@/lib/api/v1/exception-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { approveComplianceException } from '@/lib/compliance/approve-compliance-exception';

export const POST = v1Route(approveExceptionOperation, ({ principal, actor, params }) =>
  decideException(principal.viewer, params.id, () =>
    approveComplianceException(params.id, principal.viewer, actor),
  ),
);
