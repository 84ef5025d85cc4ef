import { describePasswordWeakness } from '@/lib/auth/describe-password-weakness';
import type { PasswordWeakness } from '@/lib/auth/password-policy';
import type { Translate } from '@/lib/i18n/translate';

const REASONS: readonly PasswordWeakness[] = ['too-short', 'too-long', 'common', 'repetitive', 'personal'];

/** For server pages: why the policy refused a password, per reason, for a client form's labels. */
export function passwordWeaknessLabels(t: Translate): Record<PasswordWeakness, string> {
  return Object.fromEntries(REASONS.map((reason) => [reason, describePasswordWeakness(reason, t)])) as Record<
    PasswordWeakness,
    string
  >;
}
