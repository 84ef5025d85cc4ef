import { MfaEnrolment } from '@/components/mfa/mfa-enrolment';
import { mfaLabels } from '@/components/mfa/mfa-labels';
import { MfaManage } from '@/components/mfa/mfa-manage';
import { pageContext } from '@/lib/auth/page-context';
import { formatDateTime } from '@/lib/i18n/format';
import { getOwnMfaStatus } from '@/lib/queries/get-own-mfa-status';

export const dynamic = 'force-dynamic';

/**
 * The signed-in user's MFA: set it up (key, QR code, confirming code, recovery codes once), or
 * renew recovery codes and turn it off. The one page a session held for enrolment may open.
 */
export default async function MfaPage() {
  const { user, viewer, locale, t } = await pageContext('viewer', { duringMfaEnrolment: true });
  const status = await getOwnMfaStatus(viewer);
  const labels = mfaLabels(t);
  return (
    <>
      <h1>{t('mfa.title')}</h1>
      {user.mfaEnrolmentRequired && (
        <p className="error" role="alert">
          {t('mfa.required')}
        </p>
      )}
      {!status.hasPassword ? (
        <p>{t('mfa.sso')}</p>
      ) : status.enabledAt ? (
        <>
          <p>{t('mfa.on', { time: formatDateTime(status.enabledAt, locale) })}</p>
          <p className="muted">{t('mfa.recoveryLeft', { count: status.recoveryCodesLeft })}</p>
          <MfaManage labels={labels} />
        </>
      ) : (
        <MfaEnrolment labels={labels} doneHref="/settings/account" />
      )}
    </>
  );
}
