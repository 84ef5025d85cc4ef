import Link from 'next/link';
import { pageContext } from '@/lib/auth/page-context';
import { findingDefinition } from '@/lib/findings/finding-definition';
import { formatNumber } from '@/lib/i18n/format';
import { countCurrentFindings } from '@/lib/queries/count-current-findings';
import { countFindingChanges } from '@/lib/queries/count-finding-changes';
import { domainListHref } from '@/lib/queries/domain-list-filter';
import { listFilterOptions } from '@/lib/queries/list-filter-options';

export const dynamic = 'force-dynamic';

const TREND_DAYS = 30;
const SEVERITIES = ['error', 'warning', 'info'] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FindingsPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer, locale, t } = await pageContext();
  const raw = (await searchParams).group;
  const options = await listFilterOptions(viewer);
  const group = options.groups.find((g) => g.id === raw)?.id;
  const [counts, changes] = await Promise.all([
    countCurrentFindings(viewer, group),
    countFindingChanges(viewer, new Date(Date.now() - TREND_DAYS * 24 * 3600 * 1000)),
  ]);
  return (
    <>
      <h1>{t('findings.title')}</h1>
      <p>{t('findings.intro')}</p>
      <form method="get" action="/findings" className="row inline-form">
        <label htmlFor="fg">{t('domains.group')}</label>
        <select id="fg" name="group" defaultValue={group ?? ''}>
          <option value="">{t('overview.allDomains')}</option>
          {options.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <button type="submit">{t('common.apply')}</button>
      </form>
      {counts.length === 0 ? (
        <p className="empty">{t('findings.empty')}</p>
      ) : (
        <table data-testid="findings-table">
          <caption>{t('findings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('findings.finding')}</th>
              <th scope="col">{t('domains.severity')}</th>
              <th scope="col" className="num">
                {t('findings.domains')}
              </th>
              <th scope="col" className="num">
                {t('findings.trend')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map(({ findingId, domains }) => {
              const definition = findingDefinition(findingId);
              const severity = SEVERITIES.find((s) => s === definition?.severity) ?? 'info';
              const change = changes.get(findingId) ?? { appeared: 0, resolved: 0 };
              return (
                <tr key={findingId}>
                  <th scope="row">
                    {definition?.title[locale] ?? findingId}
                    <br />
                    <code className="muted small">{findingId}</code>{' '}
                    <span className="muted small">{definition?.rfc}</span>
                  </th>
                  <td>
                    <span className={`badge ${severity}`}>{t(`severity.${severity}`)}</span>
                  </td>
                  <td className="num">
                    <Link
                      href={domainListHref({ finding: findingId, group })}
                      aria-label={t('findings.show', { count: formatNumber(domains, locale), id: findingId })}
                    >
                      {formatNumber(domains, locale)}
                    </Link>
                  </td>
                  <td className="num">
                    {t('findings.trendValue', {
                      appeared: formatNumber(change.appeared, locale),
                      resolved: formatNumber(change.resolved, locale),
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('findings.trendNote')}</p>
    </>
  );
}
