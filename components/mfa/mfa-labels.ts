import type { BeginMfaEnrolmentResult } from '@/lib/auth/mfa/begin-mfa-enrolment';
import type { OwnMfaRefusal } from '@/lib/auth/mfa/disable-mfa';
import type { Translate } from '@/lib/i18n/translate';

type MfaError =
  | Extract<BeginMfaEnrolmentResult, { ok: false }>['code']
  | OwnMfaRefusal
  | 'wrong_code'
  | 'no_enrolment';

/** The strings the MFA client components show, made on the server (a client component gets no `t`). */
export function mfaLabels(t: Translate) {
  const errors: Record<MfaError, string> = {
    already_enabled: t('mfa.error.already_enabled'),
    no_password: t('mfa.error.no_password'),
    not_enabled: t('mfa.error.not_enabled'),
    wrong_proof: t('mfa.error.wrong_proof'),
    busy: t('mfa.error.busy'),
    required: t('mfa.error.required'),
    wrong_code: t('mfa.error.wrong_code'),
    no_enrolment: t('mfa.error.no_enrolment'),
  };
  return {
    off: t('mfa.off'),
    start: t('mfa.start'),
    scan: t('mfa.scan'),
    qr: t('mfa.qr'),
    secret: t('mfa.secret'),
    uri: t('mfa.uri'),
    code: t('mfa.code'),
    confirm: t('mfa.confirm'),
    codes: { title: t('mfa.codesTitle'), once: t('mfa.codesOnce') },
    codesDone: t('mfa.codesDone'),
    proof: t('mfa.proof'),
    regenerate: t('mfa.regenerate'),
    regenerateNote: t('mfa.regenerateNote'),
    disable: t('mfa.disable'),
    disabled: t('mfa.disabled'),
    errors,
  };
}

export type MfaLabels = ReturnType<typeof mfaLabels>;
