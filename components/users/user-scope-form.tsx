'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { updateUserAction } from '@/lib/actions/update-user';
import type { UserChangeLabels } from './user-change-labels';

interface Props {
  userId: string;
  groups: Array<{ id: string; name: string }>;
  selected: string[];
  labels: UserChangeLabels & { legend: string; note: string; noGroups: string };
}

/** Limits a user to chosen groups; none ticked means every domain. */
export function UserScopeForm({ userId, groups, selected, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (groups.length === 0) return <p className="muted">{labels.noGroups}</p>;
  return (
    <form
      className="domain-groups"
      onSubmit={(event) => {
        event.preventDefault();
        const groupIds = new FormData(event.currentTarget).getAll('groupIds').map(String);
        startTransition(async () => {
          const result = await updateUserAction(userId, { groupIds });
          setMessage(
            result.ok
              ? { error: false, text: labels.saved }
              : { error: true, text: labels.errors[result.code] },
          );
          router.refresh();
        });
      }}
    >
      <fieldset>
        <legend>{labels.legend}</legend>
        <p className="muted">{labels.note}</p>
        {groups.map((group) => (
          <label key={group.id} className="check">
            <input
              type="checkbox"
              name="groupIds"
              value={group.id}
              defaultChecked={selected.includes(group.id)}
            />{' '}
            {group.name}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </p>
      <p role="status" className={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </form>
  );
}
