'use client';

import { useSavingAction } from '@/components/use-saving-action';
import { setScorecardScheduleAction } from '@/lib/actions/set-scorecard-schedule';

type Schedule = 'off' | 'weekly' | 'monthly';

interface Props {
  groupId: string;
  current: Schedule;
  labels: Record<Schedule, string> & { legend: string; help: string; save: string; saved: string };
}

/** How often the group's contacts get its scorecard mail. */
export function ScorecardScheduleForm({ groupId, current, labels }: Props) {
  const [state, action, pending] = useSavingAction(setScorecardScheduleAction, { error: null, saved: false });
  return (
    <form action={action} className="panel form-grid">
      <input type="hidden" name="groupId" value={groupId} />
      <fieldset>
        <legend>{labels.legend}</legend>
        {(['off', 'weekly', 'monthly'] as const).map((s) => (
          <label key={s} className="check">
            <input type="radio" name="schedule" value={s} defaultChecked={current === s} /> {labels[s]}
          </label>
        ))}
        <p className="muted">{labels.help}</p>
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.saved && <p>{labels.saved}</p>}
      </div>
    </form>
  );
}
