'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { revokeApiTokenAction } from '@/lib/actions/revoke-api-token';

interface Props {
  tokenId: string;
  labels: { revoke: string; label: string; confirm: string };
}

/** Revokes one token after a confirmation: scripts using it stop working at once. */
export function RevokeTokenButton({ tokenId, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      aria-label={labels.label}
      disabled={pending}
      onClick={() => {
        if (!window.confirm(labels.confirm)) return;
        startTransition(async () => {
          await revokeApiTokenAction(tokenId);
          router.refresh();
        });
      }}
    >
      {labels.revoke}
    </button>
  );
}
