'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setDomainGroupsAction } from '@/lib/actions/set-domain-groups';

interface Props {
  domainId: string;
  groups: Array<{ id: string; name: string }>;
  current: string[];
  labels: { legend: string; save: string; saved: string };
}

/** The domain's groups as checkboxes; saving closes and opens membership periods from today. */
export function DomainGroupsForm({ domainId, groups, current, labels }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (form: FormData) =>
    startTransition(async () => {
      const ids = form.getAll('group').map(String);
      const result = await setDomainGroupsAction(domainId, ids);
      setMessage('error' in result ? { ok: false, text: result.error } : { ok: true, text: labels.saved });
      router.refresh();
    });
  if (groups.length === 0) return null;
  return (
    <form action={submit} className="domain-groups">
      <fieldset>
        <legend>{labels.legend}</legend>
        {groups.map((g) => (
          <label key={g.id} className="check">
            <input type="checkbox" name="group" value={g.id} defaultChecked={current.includes(g.id)} />{' '}
            {g.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="secondary" disabled={pending}>
        {labels.save}
      </button>
      <span aria-live="polite" className={message?.ok === false ? 'error' : undefined}>
        {message?.text}
      </span>
    </form>
  );
}
