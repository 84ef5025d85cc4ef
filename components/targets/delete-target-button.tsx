'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { TargetFormState } from '@/lib/actions/create-group-target';
import { deleteGroupTargetAction } from '@/lib/actions/delete-group-target';

/** Deletes one target (the audit log keeps what it was). */
export function DeleteTargetButton({ targetId, label }: { targetId: string; label: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<TargetFormState, FormData>(deleteGroupTargetAction, {
    error: null,
    saved: false,
  });
  useEffect(() => {
    if (state.saved) router.refresh();
  }, [state, router]);
  return (
    <form action={action}>
      <input type="hidden" name="targetId" value={targetId} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
