import { providerName } from '@/lib/dmarc/sending-providers';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DmarcSourceRow } from '@/lib/queries/list-dmarc-sources';
import { SourceApprovalButton } from './source-approval-button';

interface Props {
  sources: DmarcSourceRow[];
  /** The domain whose sources these are, when an admin may approve them; null on a group's panel. */
  approveFor: string | null;
  locale: Locale;
  t: Translate;
}

/** Who sent as the domain: address, reverse DNS, provider, volume, alignment, approval. */
export function DmarcSourcesTable({ sources, approveFor, locale, t }: Props) {
  const n = (value: number) => formatNumber(value, locale);
  const reverse = (source: DmarcSourceRow) =>
    source.reverseStatus === 'name'
      ? source.reverseName
      : t(source.reverseStatus === 'none' ? 'dmarcReports.reverseNone' : 'dmarcReports.reverseUnknown');
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('dmarcReports.ip')}</th>
          <th scope="col">{t('dmarcReports.reverseName')}</th>
          <th scope="col">{t('dmarcReports.provider')}</th>
          <th scope="col">{t('dmarcReports.messages')}</th>
          <th scope="col">{t('dmarcReports.spfAligned')}</th>
          <th scope="col">{t('dmarcReports.dkimAligned')}</th>
          <th scope="col">{t('dmarcReports.spfPassUnaligned')}</th>
          <th scope="col">{t('dmarcReports.dkimPassUnaligned')}</th>
          <th scope="col">{t('dmarcReports.approved')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.ip}>
            <td>
              <code>{source.ip}</code>
            </td>
            <td>{reverse(source)}</td>
            <td>{providerName(source.provider) ?? '—'}</td>
            <td>{n(source.messages)}</td>
            <td>{n(source.spfAligned)}</td>
            <td>{n(source.dkimAligned)}</td>
            <td>{n(source.spfPassUnaligned)}</td>
            <td>{n(source.dkimPassUnaligned)}</td>
            <td>
              {t(source.approved ? 'dmarcReports.yes' : 'dmarcReports.no')}{' '}
              {approveFor && (
                <SourceApprovalButton
                  domainId={approveFor}
                  sourceIp={source.ip}
                  approved={source.approved}
                  labels={{ approve: t('dmarcReports.approve'), unapprove: t('dmarcReports.unapprove') }}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
