'use client';

import { type FormEvent, useState, useTransition } from 'react';
import { beginMfaEnrolmentAction } from '@/lib/actions/begin-mfa-enrolment';
import { confirmMfaEnrolmentAction } from '@/lib/actions/confirm-mfa-enrolment';
import type { QrCodeShape } from '@/lib/auth/mfa/qr-code';
import type { MfaLabels } from './mfa-labels';
import { RecoveryCodeList } from './recovery-code-list';

type Shown = { secret: string; uri: string; qr: QrCodeShape };

/**
 * Setting MFA up (the "off" line goes once it is on): a new key (QR code, base32 and otpauth URI) for the authenticator app, a code from
 * the app to confirm it, then the recovery codes, shown this once.
 */
export function MfaEnrolment({ labels, doneHref }: { labels: MfaLabels; doneHref: string }) {
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useState<Shown | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const begin = () =>
    startTransition(async () => {
      setError(null);
      const result = await beginMfaEnrolmentAction();
      if (result.ok) setShown(result);
      else setError(labels.errors[result.code]);
    });
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    startTransition(async () => {
      setError(null);
      const result = await confirmMfaEnrolmentAction(code);
      if (result.ok) setCodes(result.recoveryCodes);
      else setError(labels.errors[result.code]);
    });
  };
  if (codes)
    return (
      <>
        <RecoveryCodeList codes={codes} labels={labels.codes} />
        {/* A full load: the layout and nav drop the enrolment hold only on a new request. */}
        <a href={doneHref}>{labels.codesDone}</a>
      </>
    );
  return (
    <>
      <p>{labels.off}</p>
      {!shown ? (
        <button type="button" onClick={begin} disabled={pending}>
          {labels.start}
        </button>
      ) : (
        <div className="mfa-enrolment">
          <p>{labels.scan}</p>
          <svg
            className="qr-code"
            role="img"
            aria-label={labels.qr}
            viewBox={`0 0 ${shown.qr.size} ${shown.qr.size}`}
            width={shown.qr.size * 5}
            height={shown.qr.size * 5}
            shapeRendering="crispEdges"
          >
            <rect width={shown.qr.size} height={shown.qr.size} fill="#fff" />
            <path d={shown.qr.path} fill="#000" />
          </svg>
          <label htmlFor="mfa-secret">{labels.secret}</label>
          <input id="mfa-secret" readOnly value={shown.secret} data-testid="mfa-secret" />
          <label htmlFor="mfa-uri">{labels.uri}</label>
          <input id="mfa-uri" readOnly value={shown.uri} />
          <form onSubmit={confirm} className="form-grid">
            <label htmlFor="mfa-code">{labels.code}</label>
            <input
              id="mfa-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={20}
              required
            />
            <div>
              <button type="submit" disabled={pending}>
                {labels.confirm}
              </button>
            </div>
          </form>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
