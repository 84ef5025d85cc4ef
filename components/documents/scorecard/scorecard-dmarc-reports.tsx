import { FactList } from '@/components/dmarc-reports/fact-list';
import { formatNumber } from '@/lib/i18n/format';
import { boundedText } from './bounded-text';
import type { SectionProps } from './scorecard-sections';

const SOURCE_COLUMNS = [
  'dmarcReports.ip',
  'dmarcReports.reverseName',
  'dmarcReports.provider',
  'dmarcReports.messages',
  'dmarcReports.spfAligned',
  'dmarcReports.dkimAligned',
  'dmarcReports.approved',
] as const;

/**
 * The page's DMARC report panel on paper: the period's numbers, the "what if p=reject" estimate and
 * the sources. Reverse names and providers come from DNS: text nodes (React escapes them), cut.
 */
export function DmarcReportsSection({ data, locale, t }: SectionProps) {
  const view = data.dmarcReports;
  if (!view) return null;
  const n = (value: number) => formatNumber(value, locale);
  const cut = (text: string) => boundedText(text, (count) => t('exports.truncated', { count }));
  const facts: Array<[string, string]> = [
    [t('dmarcReports.reports'), n(view.reports)],
    [t('dmarcReports.messages'), n(view.messages)],
    [t('dmarcReports.pass'), n(view.dmarcPass)],
    [t('dmarcReports.fail'), n(view.dmarcFail)],
    [t('dmarcReports.whatIfReject'), n(view.wouldBeRejected)],
    [t('dmarcReports.whatIfRejectApproved'), n(view.wouldBeRejectedApproved)],
  ];
  return (
    <section>
      <h2>{t('dmarcReports.title')}</h2>
      <p className="muted">{t('dmarcReports.period')}</p>
      {view.reports === 0 ? (
        <p>{t('dmarcReports.none')}</p>
      ) : (
        <>
          <FactList facts={facts} />
          <p className="muted">{t('dmarcReports.whatIfNote')}</p>
          <table>
            <thead>
              <tr>
                {SOURCE_COLUMNS.map((key) => (
                  <th key={key} scope="col">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.sources.map((source) => (
                <tr key={source.ip}>
                  <td>{source.ip}</td>
                  <td>
                    {source.reverseStatus === 'name' && source.reverseName
                      ? cut(source.reverseName)
                      : t(
                          source.reverseStatus === 'none'
                            ? 'dmarcReports.reverseNone'
                            : 'dmarcReports.reverseUnknown',
                        )}
                  </td>
                  <td>{source.provider ? cut(source.provider) : '—'}</td>
                  <td>{n(source.messages)}</td>
                  <td>{n(source.spfAligned)}</td>
                  <td>{n(source.dkimAligned)}</td>
                  <td>{t(source.approved ? 'dmarcReports.yes' : 'dmarcReports.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
