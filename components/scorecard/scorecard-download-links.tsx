import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

/** Links to the scorecard as PDF and JSON, in the language the page is read in. */
export function ScorecardDownloadLinks({
  domainId,
  ascii,
  locale,
  t,
}: {
  domainId: string;
  ascii: string;
  locale: Locale;
  t: Translate;
}) {
  const href = (format: 'pdf' | 'json') =>
    `/api/v1/domains/${domainId}/scorecard?format=${format}&lang=${locale}`;
  return (
    <p data-testid="scorecard-download">
      {t('exports.scorecard')}:{' '}
      <a href={href('pdf')} download>
        {t('exports.pdf')}
      </a>
      {' · '}
      {/* The JSON answer carries no Content-Disposition (it is the API's), so name the file here. */}
      <a href={href('json')} download={`kensa-scorecard-${ascii}.json`}>
        {t('exports.json')}
      </a>
    </p>
  );
}
