import type { Translate } from '@/lib/i18n/translate';
import type { TargetStatus } from '@/lib/targets/trajectory';

const TONE: Record<TargetStatus, string> = {
  met: 'ok',
  on_track: 'ok',
  behind: 'warning',
  missed: 'error',
  unmeasured: 'info',
};

/** A target's status as a coloured word (the word carries it; the colour only helps). */
export function TargetStatusBadge({ status, t }: { status: TargetStatus; t: Translate }) {
  return (
    <span className={`badge ${TONE[status]}`} data-testid="target-status" data-status={status}>
      {t(`targets.status.${status}`)}
    </span>
  );
}
