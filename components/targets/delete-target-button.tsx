'use client';

import { useSavingAction } from '@/components/use-saving-action';
import { deleteGroupTargetAction } from '@/lib/actions/delete-group-target';

/** Deletes one target (the audit log keeps what it was). */
export function DeleteTargetButton({ targetId, label }: { targetId: string; label: string }) {
  const [, action, pending] = useSavingAction(deleteGroupTargetAction, {
    error: null,
    saved: false,
  });
  return (
    <form action={action}>
      <input type="hidden" name="targetId" value={targetId} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
