'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { disableMfaAction } from '@/lib/actions/disable-mfa';
import { regenerateRecoveryCodesAction } from '@/lib/actions/regenerate-recovery-codes';
import type { MfaLabels } from './mfa-labels';
import { RecoveryCodeList } from './recovery-code-list';

/** With MFA on: new recovery codes, or MFA off — each proven by a current code or the password. */
export function MfaManage({ labels }: { labels: MfaLabels }) {
  const router = useRouter();
  const proofRef = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const proof = () => proofRef.current?.value ?? '';
  const regenerate = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await regenerateRecoveryCodesAction(proof());
      if (result.ok) setCodes(result.recoveryCodes);
      else setMessage({ error: true, text: labels.errors[result.code] });
    });
  const disable = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await disableMfaAction(proof());
      if (!result.ok) return setMessage({ error: true, text: labels.errors[result.code] });
      setMessage({ error: false, text: labels.disabled });
      router.refresh();
    });
  return (
    <>
      {codes && <RecoveryCodeList codes={codes} labels={labels.codes} />}
      <div className="form-grid">
        <label htmlFor="mfa-proof">{labels.proof}</label>
        <input id="mfa-proof" ref={proofRef} type="password" autoComplete="off" maxLength={1000} />
        <div>
          <button type="button" onClick={regenerate} disabled={pending}>
            {labels.regenerate}
          </button>{' '}
          <button type="button" className="secondary" onClick={disable} disabled={pending}>
            {labels.disable}
          </button>
        </div>
        <p className="muted">{labels.regenerateNote}</p>
      </div>
      <p role="status" className={message?.error ? 'error' : undefined}>
        {message?.text ?? ''}
      </p>
    </>
  );
}
