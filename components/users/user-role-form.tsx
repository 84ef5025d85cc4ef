'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { updateUserAction } from '@/lib/actions/update-user';
import type { Role } from '@/lib/auth/roles';
import type { UserChangeLabels } from './user-change-labels';

interface Props {
  userId: string;
  role: Role;
  labels: UserChangeLabels & { role: string; roles: Record<Role, string>; note: string };
}

/** Changes a user's role; the server refuses to demote the last enabled admin. */
export function UserRoleForm({ userId, role, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  return (
    <form
      className="form-grid"
      onSubmit={(event) => {
        event.preventDefault();
        const next = new FormData(event.currentTarget).get('role') as Role;
        startTransition(async () => {
          const result = await updateUserAction(userId, { role: next });
          setMessage(
            result.ok
              ? { error: false, text: labels.saved }
              : { error: true, text: labels.errors[result.code] },
          );
          router.refresh();
        });
      }}
    >
      <label htmlFor="user-role">{labels.role}</label>
      <select id="user-role" name="role" defaultValue={role}>
        {(['viewer', 'editor', 'admin'] as const).map((option) => (
          <option key={option} value={option}>
            {labels.roles[option]}
          </option>
        ))}
      </select>
      <p className="muted">{labels.note}</p>
      <div>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <p role="status" className={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </form>
  );
}
