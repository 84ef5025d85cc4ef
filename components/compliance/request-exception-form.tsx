'use client';

import { useActionState } from 'react';
import {
  type ExceptionFormState,
  requestComplianceExceptionAction,
} from '@/lib/actions/request-compliance-exception';

interface Props {
  groupId: string;
  /** Each requirement of each followed profile: value "<profile id>:<requirement id>". */
  targets: Array<{ value: string; label: string }>;
  members: Array<{ id: string; name: string }>;
  today: string;
  /** Client component: texts come ready-made (functions cannot cross to the client). */
  labels: {
    legend: string;
    requirement: string;
    subject: string;
    wholeGroup: string;
    justification: string;
    startsOn: string;
    expiresOn: string;
    submit: string;
    requested: string;
    errors: Record<NonNullable<ExceptionFormState['error']>, string>;
  };
}

/** Asks for an exception to one requirement, for a member or the whole group (pending until approved). */
export function RequestExceptionForm({ groupId, targets, members, today, labels }: Props) {
  const [state, action, pending] = useActionState<ExceptionFormState, FormData>(
    requestComplianceExceptionAction,
    { error: null, requested: false },
  );
  return (
    <form action={action} className="panel form-grid" data-testid="request-exception">
      <input type="hidden" name="groupId" value={groupId} />
      <fieldset>
        <legend>{labels.legend}</legend>
        <label>
          {labels.requirement}
          <select name="target" required>
            {targets.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.subject}
          <select name="domainId" defaultValue="">
            <option value="">{labels.wholeGroup}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.justification}
          <textarea name="justification" required maxLength={2000} rows={2} />
        </label>
        <label>
          {labels.startsOn}
          <input type="date" name="startsOn" defaultValue={today} required />
        </label>
        <label>
          {labels.expiresOn}
          <input type="date" name="expiresOn" required />
        </label>
      </fieldset>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
      <p role="status">
        {state.requested ? labels.requested : state.error ? labels.errors[state.error] : ''}
      </p>
    </form>
  );
}
