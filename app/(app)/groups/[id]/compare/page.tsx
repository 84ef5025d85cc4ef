import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonForm } from '@/components/comparison/comparison-form';
import { ComparisonView } from '@/components/documents/comparison/comparison-view';
import { REPORT_CSS } from '@/components/documents/report/report-css';
import { ReportDownloadLinks } from '@/components/reports/report-download-links';
import { pageContext } from '@/lib/auth/page-context';
import { addDays, dayOf } from '@/lib/history/day-of';
import { getGroup } from '@/lib/queries/get-group';
import { comparisonInput } from '@/lib/reports/comparison/comparison-input';
import { getGroupComparison } from '@/lib/reports/comparison/get-group-comparison';
import { listReports } from '@/lib/reports/list-reports';

export const dynamic = 'force-dynamic';

/** How far back the earlier day is when none is asked for: a quarter, as a steering committee meets. */
const DEFAULT_SPAN_DAYS = 91;
/** Stored reports offered as days: the newest of the viewer's, those about this group. */
const REPORTS_SCANNED = 200;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A group on two days: the form, then the comparison as the PDF prints it, with its downloads. */
export default async function GroupComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const [{ id }, query, { viewer, locale, t }] = await Promise.all([params, searchParams, pageContext()]);
  const group = await getGroup(viewer, id);
  if (!group) notFound();
  const today = dayOf(new Date());
  const asked = comparisonInput.safeParse({
    from: typeof query.from === 'string' ? query.from : addDays(today, -DEFAULT_SPAN_DAYS),
    to: typeof query.to === 'string' ? query.to : today,
  });
  const [comparison, reports] = await Promise.all([
    asked.success ? getGroupComparison(viewer, group.id, asked.data) : null,
    listReports(viewer, { limit: REPORTS_SCANNED }),
  ]);
  const days = asked.success ? asked.data : { from: addDays(today, -DEFAULT_SPAN_DAYS), to: today };
  const download = `/api/v1/groups/${group.id}/comparison/download?from=${days.from}&to=${days.to}&lang=${locale}`;
  return (
    <>
      <h1>{t('comparison.title', { group: group.name })}</h1>
      <p>
        <Link href={`/groups/${group.id}`}>{group.name}</Link> ·{' '}
        <Link href={`/groups/${group.id}/compliance`}>{t('compliance.link')}</Link>
      </p>
      <ComparisonForm
        from={days.from}
        to={days.to}
        reports={reports.items
          .filter((r) => r.scopes.includes(group.id))
          .map(({ id, title, to }) => ({ id, title, to }))}
        t={t}
      />
      {!asked.success && (
        <p role="alert" className="error">
          {t('comparison.invalid')}
        </p>
      )}
      {comparison && (
        <>
          <ReportDownloadLinks href={download} label={t('comparison.download')} />
          <style>{REPORT_CSS}</style>
          <div className="panel">
            <ComparisonView comparison={comparison} language={locale} />
          </div>
        </>
      )}
    </>
  );
}
