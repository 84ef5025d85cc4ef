import { providerName } from '@/lib/dmarc/sending-providers';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DmarcReportSource } from '@/lib/reports/dmarc-report-section-schema';

interface Props {
  caption: string;
  sources: DmarcReportSource[];
  language: Locale;
  t: Translate;
  testId: string;
}

/**
 * Sending sources of a scope's DMARC reports: address, reverse name, provider, messages and the
 * aligned shares. Addresses and reverse names come from reports and PTR records: React escapes them.
 */
export function ReportDmarcSourcesTable({ caption, sources, language, t, testId }: Props) {
  if (sources.length === 0) return null;
  const share = (part: number, total: number) => formatPercent(total === 0 ? null : part / total, language);
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dmarcReports.ip')}</th>
          <th scope="col">{t('dmarcReports.reverseName')}</th>
          <th scope="col">{t('dmarcReports.provider')}</th>
          <th scope="col" className="num">
            {t('dmarcReports.messages')}
          </th>
          <th scope="col" className="num">
            {t('dmarcReports.pass')}
          </th>
          <th scope="col" className="num">
            {t('dmarcReports.spfAligned')}
          </th>
          <th scope="col" className="num">
            {t('dmarcReports.dkimAligned')}
          </th>
          <th scope="col">{t('dmarcReports.approved')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.ip}>
            <th scope="row">{s.ip}</th>
            <td>{s.reverseName ?? '—'}</td>
            <td>{providerName(s.provider) ?? '—'}</td>
            <td className="num">{formatNumber(s.messages, language)}</td>
            <td className="num">{share(s.dmarcPass, s.messages)}</td>
            <td className="num">{share(s.spfAligned, s.messages)}</td>
            <td className="num">{share(s.dkimAligned, s.messages)}</td>
            <td>{t(s.approved ? 'dmarcReports.yes' : 'dmarcReports.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
