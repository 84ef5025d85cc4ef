'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';

interface Props {
  /** A server action bound to what it scans (a group, everything). */
  start: () => Promise<{ runId: string } | { error: string }>;
  labels: { start: string; started: string };
}

/** Starts a scan run and links to its live progress on the scan-runs page. */
export function StartScanButton({ start, labels }: Props) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ runId: string } | { error: string } | null>(null);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => startTransition(async () => setResult(await start()))}
      >
        {labels.start}
      </button>
      <div aria-live="polite">
        {result && 'runId' in result && <Link href={`/scans/${result.runId}`}>{labels.started}</Link>}
        {result && 'error' in result && <p className="error">{result.error}</p>}
      </div>
    </div>
  );
}
