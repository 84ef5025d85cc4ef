import Link from 'next/link';
import { computeGrade } from '@/components/compute-grade';
import { DomainName } from '@/components/domain-name';
import { findingDefinition } from '@/components/finding-definition';
import { FlagMark } from '@/components/flag-mark';
import { formatDateTime } from '@/components/format-date-time';
import { GradeBadge } from '@/components/grade-badge';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { Metric } from '@/lib/queries/domain-list-filter';
import type { DomainStateRow } from '@/lib/queries/list-domain-states';

const COLUMNS: Metric[] = ['spfValid', 'dkimPublished', 'dmarcPublished', 'dmarcEnforcing', 'nullMx'];

interface Props {
  rows: DomainStateRow[];
  total: number;
  locale: Locale;
  t: Translate;
}

/** One page of domains with their current adoption flags, grade and issue counts. */
export function DomainTable({ rows, total, locale, t }: Props) {
  const flagLabels = { yes: t('flag.yes'), no: t('flag.no'), unknown: t('flag.unknown') };
  return (
    <div className="table-scroll">
      <table className="domains">
        <caption className="visually-hidden">
          {t('domains.caption', { count: formatNumber(total, locale) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('domains.name')}</th>
            <th scope="col">{t('domains.grade')}</th>
            {COLUMNS.map((metric) => (
              <th scope="col" key={metric} className="center">
                {t(`metric.${metric}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('domains.issues')}
            </th>
            <th scope="col">{t('domains.lastScan')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const grade = row.scanned
              ? computeGrade(
                  row.findingIds.map((id) => ({ id, severity: findingDefinition(id)?.severity ?? 'info' })),
                ).grade
              : null;
            return (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={`/domains/${row.id}`}>
                    <DomainName ascii={row.ascii} unicode={row.unicode} />
                  </Link>
                  {row.parked && <span className="chip">{t('domains.parked')}</span>}
                  {row.tags.slice(0, 4).map((tag) => (
                    <span key={tag} className="chip">
                      {tag}
                    </span>
                  ))}
                </th>
                <td>
                  <GradeBadge grade={grade} label={grade ? t('domains.grade') : t('domain.gradeNone')} />
                </td>
                {COLUMNS.map((metric) => (
                  <td key={metric} className="center">
                    <FlagMark value={row.flags[metric]} labels={flagLabels} />
                  </td>
                ))}
                <td className="num">
                  <span className={row.errors > 0 ? 'count-error' : undefined}>
                    {formatNumber(row.errors, locale)}
                  </span>
                  {' / '}
                  <span className={row.warnings > 0 ? 'count-warning' : undefined}>
                    {formatNumber(row.warnings, locale)}
                  </span>
                </td>
                <td>
                  {row.lastScanAt ? formatDateTime(row.lastScanAt, locale) : t('domains.never')}
                  {row.stale && <span className="chip chip-warn">{t('domains.stale')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
