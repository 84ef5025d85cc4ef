import { AdoptionChart } from '@/components/charts/adoption-chart';
import { MetricCard } from '@/components/overview/metric-card';
import { OverviewControls } from '@/components/overview/overview-controls';
import { SeriesTable } from '@/components/overview/series-table';
import { TargetsTable } from '@/components/targets/targets-table';
import { pageContext } from '@/lib/auth/page-context';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { formatBucket } from '@/lib/i18n/format';
import { getComplianceCards } from '@/lib/queries/get-compliance-cards';
import { getOverview } from '@/lib/queries/get-overview';
import { listFilterOptions } from '@/lib/queries/list-filter-options';
import { listGroupTargets } from '@/lib/queries/list-group-targets';
import { bucketStart, parseOverviewFilter } from '@/lib/queries/overview-filter';
import { pivotSeries } from '@/lib/queries/pivot-series';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer, locale, t } = await pageContext();
  const filter = parseOverviewFilter(await searchParams);
  const [options, overview] = await Promise.all([listFilterOptions(viewer), getOverview(viewer, filter)]);
  const groupScopes = overview.scopes.filter((scope) => scope !== 'all');
  const groupIds = overview.scopes.includes('all') ? null : groupScopes;
  const [cards, targets] = await Promise.all([
    getComplianceCards(viewer, { groupIds, from: overview.from, to: overview.to }),
    listGroupTargets(viewer, { groupIds }),
  ]);
  const names = new Map(options.groups.map((g) => [g.id, g.name]));
  const nameOf = (scope: string) =>
    scope === 'all' ? t('overview.allDomains') : (names.get(scope) ?? scope);
  const hrefFor = (metric: string) => {
    const params = new URLSearchParams({ ...filter, scopes: overview.scopes.join(','), metric } as Record<
      string,
      string
    >);
    return `/overview?${params.toString()}`;
  };
  const label = (bucket: string) => formatBucket(bucket, filter.granularity, locale);
  const rows = pivotSeries(overview.series).map(({ bucket, cells }) => ({
    label: label(bucket),
    cells: cells.map((point) => point?.metrics[filter.metric] ?? null),
  }));
  const chartData = rows.map(({ label, cells }) => ({
    label,
    ...Object.fromEntries(overview.series.map((s, i) => [s.scope, cells[i]?.percent ?? null])),
  }));
  const metricName = t(`metric.${filter.metric}`);
  const empty = overview.summaries.every((s) => s.day === null) && rows.length === 0;
  const notMeasured =
    rows.length > 0 && rows.every((row) => row.cells.every((c) => c === null || c.known === 0));
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <OverviewControls
        filter={{ ...filter, scopes: overview.scopes }}
        to={overview.to}
        groups={options.groups}
        allowAll={viewer.groupIds === null}
        t={t}
      />
      {empty ? (
        <p className="empty">{t('overview.empty')}</p>
      ) : (
        <>
          {overview.summaries.map((summary) => (
            <section
              key={summary.scope}
              aria-labelledby={`scope-${summary.scope}`}
              data-scope={summary.scope}
            >
              <h2 id={`scope-${summary.scope}`}>
                {nameOf(summary.scope)}
                {summary.day && <span className="muted small"> · {summary.day}</span>}
              </h2>
              <div className="metric-grid">
                {ADOPTION_METRICS.map((metric) => (
                  <MetricCard
                    key={metric}
                    label={t(`metric.${metric}`)}
                    description={t(`metricHelp.${metric}`)}
                    summary={summary.metrics[metric]}
                    since={
                      summary.baselineDay ? label(bucketStart(summary.baselineDay, filter.granularity)) : null
                    }
                    href={hrefFor(metric)}
                    selected={metric === filter.metric}
                    locale={locale}
                    t={t}
                  />
                ))}
              </div>
            </section>
          ))}
          {cards.length > 0 && (
            <section aria-labelledby="compliance-heading" data-testid="compliance-cards">
              <h2 id="compliance-heading">{t('compliance.cardsHeading')}</h2>
              <div className="metric-grid">
                {cards.map((card) => (
                  <MetricCard
                    key={`${card.groupId}-${card.profileId}`}
                    label={`${card.groupName}: ${t('compliance.cardLabel', { profile: card.name[locale] })}`}
                    description={
                      card.exempted > 0
                        ? `${t('compliance.cardDescription')} ${t('compliance.cardExempted', { count: card.exempted })}`
                        : t('compliance.cardDescription')
                    }
                    summary={card.summary}
                    since={card.baselineDay ? label(bucketStart(card.baselineDay, filter.granularity)) : null}
                    href={`/groups/${card.groupId}/compliance`}
                    selected={false}
                    locale={locale}
                    t={t}
                  />
                ))}
              </div>
            </section>
          )}
          {targets.length > 0 && <TargetsTable targets={targets} locale={locale} t={t} />}
          <p className="muted small">{t('overview.denominator')}</p>
          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading">
              {t('overview.chart')}: {metricName}
            </h2>
            <p className="muted small">{t(`metricHelp.${filter.metric}`)}</p>
            {notMeasured && (
              <p className="count-warning" data-testid="metric-not-measured">
                {t('metric.notMeasuredHelp')}
              </p>
            )}
            <AdoptionChart
              data={chartData}
              series={overview.scopes.map((scope) => ({ key: scope, name: nameOf(scope) }))}
              type={filter.chart}
              locale={locale}
              summary={t('overview.tableCaption', { metric: metricName })}
            />
            <details>
              <summary>{t('overview.table')}</summary>
              <SeriesTable
                caption={t('overview.tableCaption', { metric: metricName })}
                scopes={overview.scopes.map(nameOf)}
                rows={rows}
                locale={locale}
                t={t}
              />
            </details>
          </section>
        </>
      )}
    </>
  );
}
