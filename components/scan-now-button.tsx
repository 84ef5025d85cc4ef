'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { scanDomainNowAction } from '@/lib/actions/scan-domain-now';

interface Progress {
  status: string;
  total: number;
  done: number;
  failed: number;
}

interface Props {
  domainId: string;
  labels: { scanNow: string; scanning: string; done: string };
}

const POLL_MS = 700;
const FINAL = new Set(['complete', 'cancelled', 'failed']);

/** Starts a scan of one domain, shows its progress, and refreshes the page when it has finished. */
export function ScanNowButton({ domainId, labels }: Props) {
  const router = useRouter();
  const [runId, setRunId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!runId) return;
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/v1/scan-runs/${runId}`, { cache: 'no-store' }).catch(() => null);
      if (stopped) return;
      if (response?.ok) {
        const next = (await response.json()) as Progress;
        setProgress(next);
        if (FINAL.has(next.status)) {
          setRunId(null);
          router.refresh();
          return;
        }
      }
      setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [runId, router]);

  const start = async () => {
    setError(null);
    setProgress(null);
    const result = await scanDomainNowAction(domainId);
    if ('error' in result) setError(result.error);
    else setRunId(result.runId);
  };

  const running = runId !== null;
  const text = labels.scanning
    .replace('{done}', String((progress?.done ?? 0) + (progress?.failed ?? 0)))
    .replace('{total}', String(progress?.total ?? 1));
  return (
    <div>
      <button type="button" onClick={start} disabled={running}>
        {labels.scanNow}
      </button>
      <div role="status" aria-live="polite">
        {running && (
          <>
            <p>{text}</p>
            <progress max={progress?.total ?? 1} value={(progress?.done ?? 0) + (progress?.failed ?? 0)} />
          </>
        )}
        {!running && progress && FINAL.has(progress.status) && <p>{labels.done}</p>}
        {error && <p className="error">{error}</p>}
      </div>
    </div>
  );
}
