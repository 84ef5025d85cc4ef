'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { saveGroupScheduleAction } from '@/lib/actions/save-group-schedule';

type Kind = 'none' | 'daily' | 'weekly' | 'cron';

interface Props {
  groupId: string;
  initial: { kind: Kind; cron: string | null; timeZone: string };
  labels: Record<Kind, string> & {
    legend: string;
    cron: string;
    timeZone: string;
    save: string;
    saved: string;
  };
}

/** The group's scan schedule: none, daily, weekly, or a cron expression in a time zone. */
export function ScheduleForm({ groupId, initial, labels }: Props) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>(initial.kind);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await saveGroupScheduleAction({
        groupId,
        kind,
        cron: kind === 'cron' ? String(form.get('cron') ?? '') : null,
        timeZone: String(form.get('timeZone') ?? 'Asia/Tokyo'),
      });
      setMessage('error' in result ? { ok: false, text: result.error } : { ok: true, text: labels.saved });
      router.refresh();
    });
  return (
    <form action={submit} className="panel form-grid">
      <fieldset>
        <legend>{labels.legend}</legend>
        {(['none', 'daily', 'weekly', 'cron'] as const).map((k) => (
          <label key={k} className="check">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {labels[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'cron' && (
        <>
          <label htmlFor="cron">{labels.cron}</label>
          <input
            id="cron"
            name="cron"
            type="text"
            defaultValue={initial.cron ?? '0 3 * * 1'}
            maxLength={200}
            required
          />
        </>
      )}
      <label htmlFor="timeZone">{labels.timeZone}</label>
      <input
        id="timeZone"
        name="timeZone"
        type="text"
        defaultValue={initial.timeZone}
        maxLength={64}
        required
      />
      <div>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message && <p className={message.ok ? undefined : 'error'}>{message.text}</p>}
      </div>
    </form>
  );
}
