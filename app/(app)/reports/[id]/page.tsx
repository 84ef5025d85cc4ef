import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AdoptionReportView } from '@/components/documents/report/adoption-report-view';
import { REPORT_CSS } from '@/components/documents/report/report-css';
import { ReportDownloadLinks } from '@/components/reports/report-download-links';
import { pageContext } from '@/lib/auth/page-context';
import { dayOf } from '@/lib/history/day-of';
import { getReport } from '@/lib/reports/get-report';
import { nextReportHref } from '@/lib/reports/report-form-defaults';

export const dynamic = 'force-dynamic';

/** A stored report as the PDF prints it (same component), in its own language, with its downloads. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { viewer, t } = await pageContext();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const stored = await getReport(viewer, id.data);
  if (!stored) notFound();
  const previous = stored.content.previous;
  return (
    <>
      <p className="report-links">
        <Link href="/reports">← {t('reports.back')}</Link>
        {previous && (
          <>
            {' · '}
            <Link href={`/reports/${previous.id}`}>
              {t('reports.previousLink', { day: previous.periodEnd })}
            </Link>
          </>
        )}
        {' · '}
        <Link href={nextReportHref(stored.content.selection, dayOf(new Date()))}>
          {t('reports.nextLink')}
        </Link>
      </p>
      <ReportDownloadLinks href={`/api/v1/reports/${stored.id}/download`} label={t('reports.download')} />
      <style>{REPORT_CSS}</style>
      <div className="panel">
        <AdoptionReportView report={stored.content} />
      </div>
    </>
  );
}
