import Link from 'next/link';
import { DomainName } from '@/components/domain-name';
import { FlagMark } from '@/components/flag-mark';
import { GradeBadge } from '@/components/grade-badge';
import { gradeOfFindingIds } from '@/lib/findings/compute-grade';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { type DomainListFilter, domainListHref, type Metric } from '@/lib/queries/domain-list-filter';
import type { DomainStateRow } from '@/lib/queries/list-domain-states';
import { TransportBadges } from './transport-badges';

const COLUMNS: Metric[] = ['spfValid', 'dkimPublished', 'dmarcPublished', 'dmarcEnforcing', 'nullMx'];

interface Props {
  rows: DomainStateRow[];
  /** The number of matches, formatted ("1,234", or "1,000+" when not counted exactly). */
  count: string;
  filter: DomainListFilter;
  locale: Locale;
  t: Translate;
}

type Sort = DomainListFilter['sort'];

/** A column header that sorts by it (again: the other way), with aria-sort on the current one. */
function SortHeader({
  sort,
  label,
  filter,
  className,
}: {
  sort: Sort;
  label: string;
  filter: DomainListFilter;
  className?: string;
}) {
  const current = filter.sort === sort;
  // Names read A→Z first; counts and dates worst/newest first.
  const first = sort === 'name' ? 'asc' : 'desc';
  const dir = current ? (filter.dir === 'asc' ? 'desc' : 'asc') : first;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={current ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <Link href={domainListHref({ ...filter, sort, dir, page: 1 })}>
        {label}
        {current && <span aria-hidden="true">{filter.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </Link>
    </th>
  );
}

/** One page of domains with their current adoption flags (the transport ones as badges), grade and issue counts. */
export function DomainTable({ rows, count, filter, locale, t }: Props) {
  const flagLabels = { yes: t('flag.yes'), no: t('flag.no'), unknown: t('flag.unknown') };
  return (
    <div className="table-scroll">
      <table className="domains">
        <caption className="visually-hidden">{t('domains.caption', { count })}</caption>
        <thead>
          <tr>
            <SortHeader sort="name" label={t('domains.name')} filter={filter} />
            <th scope="col">{t('domains.grade')}</th>
            {COLUMNS.map((metric) => (
              <th scope="col" key={metric} className="center">
                {t(`metric.${metric}`)}
              </th>
            ))}
            <th scope="col">{t('domains.transport')}</th>
            <SortHeader sort="errors" label={t('domains.issues')} filter={filter} className="num" />
            <SortHeader sort="lastScan" label={t('domains.lastScan')} filter={filter} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const grade = row.scanned ? gradeOfFindingIds(row.findingIds).grade : null;
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
                <td>
                  <TransportBadges flags={row.flags} t={t} />
                </td>
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
