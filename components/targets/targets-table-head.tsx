import type { Translate } from '@/lib/i18n/translate';

/** The header row of a list of targets, on the overview and in the report: one order for both. */
export function TargetsTableHead({ t }: { t: Translate }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t('targets.group')}</th>
        <th scope="col">{t('targets.target')}</th>
        <th scope="col" className="num">
          {t('targets.actual')}
        </th>
        <th scope="col" className="num">
          {t('targets.expected')}
        </th>
        <th scope="col">{t('targets.status')}</th>
        <th scope="col">{t('targets.daysLeftColumn')}</th>
      </tr>
    </thead>
  );
}
