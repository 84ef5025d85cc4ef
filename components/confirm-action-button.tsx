'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

/**
 * A button that runs a server action (bound to its argument by the page) after the person confirms,
 * then refreshes the page. For destructive admin actions; the action checks the role again.
 */
export function ConfirmActionButton({
  action,
  label,
  confirm,
}: {
  action: () => Promise<unknown>;
  label: string;
  confirm: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="secondary"
      disabled={pending}
      onClick={() => {
        if (!window.confirm(confirm)) return;
        startTransition(async () => {
          await action();
          router.refresh();
        });
      }}
    >
      {label}
    </button>
  );
}
