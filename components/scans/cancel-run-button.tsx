'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { cancelScanRunAction } from '@/lib/actions/cancel-scan-run';

/** Cancels a queued or running run (admins; the action checks again). */
export function CancelRunButton({ runId, label }: { runId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await cancelScanRunAction(runId);
            setError('error' in result ? result.error : null);
            router.refresh();
          })
        }
      >
        {label}
      </button>
      {error && <span className="error"> {error}</span>}
    </span>
  );
}
