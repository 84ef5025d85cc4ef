'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { revokeStatusLinkAction } from '@/lib/actions/revoke-status-link';
import { rotateStatusLinkAction } from '@/lib/actions/rotate-status-link';

interface Props {
  groupId: string;
  /** "Open since …", already formatted; null: no public page. */
  openSince: string | null;
  labels: { off: string; enable: string; rotate: string; revoke: string; newLink: string };
}

/** Opens, re-links or closes a group's public status page; a new link is shown here once. */
export function StatusLinkPanel({ groupId, openSince, labels }: Props) {
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const rotate = () =>
    startTransition(async () => {
      const result = await rotateStatusLinkAction(groupId);
      setUrl('url' in result ? result.url : null);
      router.refresh();
    });
  const revoke = () =>
    startTransition(async () => {
      await revokeStatusLinkAction(groupId);
      setUrl(null);
      router.refresh();
    });
  return (
    <div className="panel">
      <p>{openSince === null ? labels.off : openSince}</p>
      {url && (
        <p>
          {labels.newLink} <code data-testid="status-link">{url}</code>
        </p>
      )}
      <p>
        <button type="button" onClick={rotate} disabled={pending}>
          {openSince === null ? labels.enable : labels.rotate}
        </button>{' '}
        {openSince !== null && (
          <button type="button" onClick={revoke} disabled={pending}>
            {labels.revoke}
          </button>
        )}
      </p>
    </div>
  );
}
