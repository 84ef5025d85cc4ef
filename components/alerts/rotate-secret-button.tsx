'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { rotateWebhookSecret } from '@/lib/actions/rotate-webhook-secret';

/** Replaces the webhook signing secret after a confirmation (admins; the action checks again). */
export function RotateSecretButton({
  ruleId,
  labels,
}: {
  ruleId: string;
  labels: { rotate: string; confirm: string };
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="secondary"
      disabled={pending}
      onClick={() => {
        if (!window.confirm(labels.confirm)) return;
        startTransition(async () => {
          await rotateWebhookSecret(ruleId);
          router.refresh();
        });
      }}
    >
      {labels.rotate}
    </button>
  );
}
