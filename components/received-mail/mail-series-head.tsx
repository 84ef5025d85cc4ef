import type { Translate } from '@/lib/i18n/translate';
import { MAIL_HEADLINES } from '@/lib/received-mail/mail-series';

/**
 * The header row of every received-mail series table (page and report): period, sources, total and
 * one column per headline share, in MAIL_HEADLINES order so rows and headers cannot drift apart.
 */
export function MailSeriesHead({
  periodLabel,
  totalLabel,
  t,
}: {
  periodLabel: string;
  totalLabel: string;
  t: Translate;
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{periodLabel}</th>
        <th scope="col" className="num">
          {t('mail.sourceCount')}
        </th>
        <th scope="col" className="num">
          {totalLabel}
        </th>
        {MAIL_HEADLINES.map((h) => (
          <th key={h} scope="col" className="num">
            {t(`mail.headline.${h}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
