'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteMailboxAccountAction } from '@/lib/actions/delete-mailbox-account';
import { setMailboxEnabledAction } from '@/lib/actions/set-mailbox-enabled';
import { testMailboxConnectionAction } from '@/lib/actions/test-mailbox-connection';

interface Props {
  id: string;
  enabled: boolean;
  labels: {
    test: string;
    /** "{messages}" is filled in. */
    testOk: string;
    /** "{error}" is filled in. */
    testFailed: string;
    enable: string;
    disable: string;
    delete: string;
    deleteConfirm: string;
  };
}

/** Test connection, pause/resume and delete for one mailbox; the test's answer shows beside them. */
export function MailboxRowActions({ id, enabled, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (work: () => Promise<unknown>) =>
    startTransition(async () => {
      await work();
      router.refresh();
    });
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          run(async () => {
            const check = await testMailboxConnectionAction(id);
            if (!check) return;
            setAnswer(
              check.ok
                ? { ok: true, text: labels.testOk.replace('{messages}', String(check.messages)) }
                : { ok: false, text: labels.testFailed.replace('{error}', check.error) },
            );
          })
        }
      >
        {labels.test}
      </button>{' '}
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => setMailboxEnabledAction(id, !enabled))}
      >
        {enabled ? labels.disable : labels.enable}
      </button>{' '}
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (window.confirm(labels.deleteConfirm)) run(() => deleteMailboxAccountAction(id));
        }}
      >
        {labels.delete}
      </button>
      <span role="status" aria-live="polite" className={answer?.ok === false ? 'error' : undefined}>
        {answer ? ` ${answer.text}` : ''}
      </span>
    </>
  );
}
