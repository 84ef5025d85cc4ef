'use client';

import { useActionState } from 'react';
import {
  type DecideExceptionState,
  decideComplianceExceptionAction,
} from '@/lib/actions/decide-compliance-exception';

interface Props {
  exceptionId: string;
  canApprove: boolean;
  canRevoke: boolean;
  /** Client component: texts come ready-made (functions cannot cross to the client). */
  labels: {
    approve: string;
    revoke: string;
    errors: Record<NonNullable<DecideExceptionState['error']>, string>;
  };
}

/** Approve and revoke buttons of one exception; the core refuses the requester's own approval. */
export function DecideException({ exceptionId, canApprove, canRevoke, labels }: Props) {
  const [state, action, pending] = useActionState<DecideExceptionState, FormData>(
    decideComplianceExceptionAction,
    { error: null },
  );
  if (!canApprove && !canRevoke) return null;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="exceptionId" value={exceptionId} />
      {canApprove && (
        <button type="submit" name="decision" value="approve" disabled={pending}>
          {labels.approve}
        </button>
      )}{' '}
      {canRevoke && (
        <button type="submit" name="decision" value="revoke" disabled={pending} className="secondary">
          {labels.revoke}
        </button>
      )}
      {state.error && <span role="alert">{labels.errors[state.error]}</span>}
    </form>
  );
}
