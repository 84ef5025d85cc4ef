'use client';

import { useTransition } from 'react';
import { deleteAlertRule } from '@/lib/actions/delete-alert-rule';

/** Deletes a rule after a confirmation (admins; the action checks again). */
export function DeleteRuleButton({
  ruleId,
  labels,
}: {
  ruleId: string;
  labels: { delete: string; confirm: string };
}) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="secondary"
      disabled={pending}
      onClick={() => {
        if (window.confirm(labels.confirm)) startTransition(() => deleteAlertRule(ruleId));
      }}
    >
      {labels.delete}
    </button>
  );
}
