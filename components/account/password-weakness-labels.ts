import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordWeakness,
} from '@/lib/auth/check-password-policy';
import type { Translate } from '@/lib/i18n/translate';

/** For server pages: why the policy refused a password, per reason, for a client form's labels. */
export function passwordWeaknessLabels(t: Translate): Record<PasswordWeakness, string> {
  const values = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  return {
    'too-short': t('password.weak.too-short', values),
    'too-long': t('password.weak.too-long', values),
  };
}
