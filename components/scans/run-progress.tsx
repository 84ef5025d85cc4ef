import type { Translate } from '@/lib/i18n/translate';

/** A run's progress as a labelled bar plus the numbers in words (the bar alone says too little). */
export function RunProgress({
  run,
  t,
}: {
  run: { id: string; total: number; done: number; failed: number };
  t: Translate;
}) {
  const text = t('scans.progressValue', { done: run.done, total: run.total, failed: run.failed });
  return (
    <div className="progress-cell">
      <progress max={Math.max(1, run.total)} value={run.done + run.failed} aria-label={text} />
      <span className="small">{text}</span>
    </div>
  );
}
