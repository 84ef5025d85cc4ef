import { formatNumber, formatPercent, formatPoints } from '@/lib/i18n/format';
import type { ComparisonLabels } from '@/lib/reports/comparison/comparison-labels';
import type { Share } from '@/lib/reports/comparison/group-comparison-schema';

export interface FigureRow {
  key: string;
  label: string;
  level?: string;
  before: Share;
  after: Share;
  points: number | null;
}

interface Props {
  caption: string;
  heading: string;
  rows: FigureRow[];
  labels: ComparisonLabels;
  testId: string;
}

/** Figures then and now with the change in points: "37.4% → 63.2%, +25.8", as the ministry slides. */
export function ComparisonFiguresTable({ caption, heading, rows, labels: { t, language }, testId }: Props) {
  const share = (s: Share) => (
    <>
      {formatPercent(s.percent === null ? null : s.percent / 100, language, 1)}{' '}
      <span className="muted">
        (
        {t('comparison.metCount', {
          met: formatNumber(s.adopted, language),
          known: formatNumber(s.known, language),
        })}
        )
      </span>
    </>
  );
  const withLevel = rows.some((row) => row.level !== undefined);
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {withLevel && <th scope="col">{t('compliance.level')}</th>}
          <th scope="col" className="num">
            {t('comparison.before')}
          </th>
          <th scope="col" className="num">
            {t('comparison.after')}
          </th>
          <th scope="col" className="num">
            {t('comparison.points')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.label}</th>
            {withLevel && <td>{row.level ?? ''}</td>}
            <td className="num">{share(row.before)}</td>
            <td className="num">{share(row.after)}</td>
            <td className="num" data-testid="points">
              {formatPoints(row.points, language, 1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
