'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { endOwnSessionAction } from '@/lib/actions/end-own-session';

/** Signs one of the user's other browsers out. */
export function EndSessionButton({
  sessionId,
  labels,
}: {
  sessionId: string;
  labels: { end: string; label: string };
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      aria-label={labels.label}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await endOwnSessionAction(sessionId);
          router.refresh();
        })
      }
    >
      {labels.end}
    </button>
  );
}
