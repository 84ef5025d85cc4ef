import Link from 'next/link';
import { z } from 'zod';
import { ReportForm } from '@/components/reports/report-form';
import { ReportListTable } from '@/components/reports/report-list-table';
import { pageContext } from '@/lib/auth/page-context';
import { dayOf } from '@/lib/history/day-of';
import { listFilterOptions } from '@/lib/queries/list-filter-options';
import { chartStart } from '@/lib/queries/overview-filter';
import { listReports } from '@/lib/reports/list-reports';
import { parseReportFormDefaults } from '@/lib/reports/report-form-defaults';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const after = z.uuid().optional().catch(undefined).parse(params.after);
  const { viewer, locale, t } = await pageContext();
  const [options, page] = await Promise.all([
    listFilterOptions(viewer),
    listReports(viewer, { limit: PAGE_SIZE, after }),
  ]);
  // A viewer limited to some groups is offered those groups only (their reports cannot be of 'all').
  const all = viewer.groupIds === null ? [{ id: 'all', name: t('overview.allDomains') }] : [];
  const scopes = [...all, ...options.groups];
  const names = new Map(scopes.map((s) => [s.id, s.name]));
  const to = dayOf(new Date());
  const asked = parseReportFormDefaults(params, { from: chartStart(to, 'month'), to, language: locale });
  const offered = asked.scopes.filter((scope) => names.has(scope));
  const defaults = { ...asked, scopes: offered.length > 0 ? offered : scopes.slice(0, 1).map((s) => s.id) };
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p className="muted">{t('reports.intro')}</p>
      <section aria-labelledby="new-report">
        <h2 id="new-report">{t('reports.new')}</h2>
        <ReportForm
          scopes={scopes}
          defaults={defaults}
          labels={{
            legendGroups: t('reports.groups'),
            from: t('reports.from'),
            to: t('reports.to'),
            view: t('overview.view'),
            views: { registered: t('overview.view.registered'), cohort: t('overview.view.cohort') },
            granularity: t('reports.granularity'),
            granularities: {
              month: t('overview.granularity.month'),
              week: t('overview.granularity.week'),
              day: t('overview.granularity.day'),
            },
            language: t('reports.language'),
            languages: { ja: t('reports.language.ja'), en: t('reports.language.en') },
            title: t('reports.titleField'),
            submit: t('reports.generate'),
            pending: t('reports.generating'),
            invalid: t('reports.invalid'),
            unknownGroup: t('reports.unknownGroup'),
          }}
        />
      </section>
      <section aria-labelledby="stored-reports">
        <h2 id="stored-reports">{t('reports.list')}</h2>
        {page.items.length === 0 ? (
          <p className="empty">{t('reports.none')}</p>
        ) : (
          <ReportListTable
            items={page.items}
            nameOf={(scope) => names.get(scope) ?? scope}
            locale={locale}
            t={t}
          />
        )}
        {page.nextAfter && <Link href={`/reports?after=${page.nextAfter}`}>{t('reports.older')}</Link>}
      </section>
    </>
  );
}
