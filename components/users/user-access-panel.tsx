'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { type CreateUserLinkState, createUserLinkAction } from '@/lib/actions/create-user-link';
import { deleteUserAction } from '@/lib/actions/delete-user';
import { updateUserAction } from '@/lib/actions/update-user';
import type { UserStatus } from '@/lib/users/user-status';
import { IssuedLink } from './issued-link';
import type { UserChangeLabels } from './user-change-labels';

interface Props {
  userId: string;
  status: UserStatus;
  /** Active without a password: signs in only through SSO; a link then needs the admin's confirmation. */
  ssoOnly: boolean;
  labels: UserChangeLabels & {
    disable: string;
    enable: string;
    disableConfirm: string;
    newLink: string;
    /** For an SSO-only account: the button, and what the admin confirms. */
    newPassword: string;
    newPasswordConfirm: string;
    linkNote: string;
    linkCreated: string;
    link: string;
    mail: { sent: string; failed: string; not_configured: string };
    delete: string;
    deleteConfirm: string;
  };
}

/** Disable or enable, issue a new one-time link (shown once), or delete the user. */
export function UserAccessPanel({ userId, status, ssoOnly, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<Extract<CreateUserLinkState, { ok: true }> | null>(null);
  const run = (work: () => Promise<void>) =>
    startTransition(async () => {
      setError(null);
      await work();
      router.refresh();
    });
  const toggle = () => {
    if (status !== 'disabled' && !window.confirm(labels.disableConfirm)) return;
    run(async () => {
      const result = await updateUserAction(userId, { disabled: status !== 'disabled' });
      if (!result.ok) setError(labels.errors[result.code]);
    });
  };
  const issue = () => {
    if (ssoOnly && !window.confirm(labels.newPasswordConfirm)) return;
    run(async () => {
      const result = await createUserLinkAction(userId, ssoOnly);
      if (result.ok) setLink(result);
      else setError(labels.errors[result.code]);
    });
  };
  const remove = () => {
    if (!window.confirm(labels.deleteConfirm)) return;
    run(async () => {
      const result = await deleteUserAction(userId);
      if (result.ok) router.push('/settings/users');
      else setError(labels.errors[result.code]);
    });
  };
  return (
    <div>
      <p className="add-row">
        <button type="button" onClick={toggle} disabled={pending}>
          {status === 'disabled' ? labels.enable : labels.disable}
        </button>
        {status !== 'disabled' && (
          <button type="button" onClick={issue} disabled={pending}>
            {ssoOnly ? labels.newPassword : labels.newLink}
          </button>
        )}
        <button type="button" onClick={remove} disabled={pending}>
          {labels.delete}
        </button>
      </p>
      <p className="muted">{labels.linkNote}</p>
      <div role="status" aria-live="polite">
        {error && <p className="error">{error}</p>}
        {link && (
          <IssuedLink
            message={labels.linkCreated}
            url={link.url}
            label={labels.link}
            mailNote={labels.mail[link.mail]}
          />
        )}
      </div>
    </div>
  );
}
