import type { Translate } from '@/lib/i18n/translate';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordWeakness } from './password-policy';

/** The message for a password `checkPasswordPolicy` refused, in the reader's language. */
export function describePasswordWeakness(reason: PasswordWeakness, t: Translate): string {
  return t(`password.weak.${reason}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}
