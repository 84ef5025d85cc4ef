import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DomainName } from '@/components/domain-name';
import { RefreshWhileRunning } from '@/components/scans/refresh-while-running';
import { RunProgress } from '@/components/scans/run-progress';
import { scopeText } from '@/components/scans/scope-text';
import { pageContext } from '@/lib/auth/page-context';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getScanRun } from '@/lib/queries/get-scan-run';

export const dynamic = 'force-dynamic';

const STATUSES = ['queued', 'running', 'complete', 'partial', 'failed', 'cancelled'] as const;

export default async function ScanRunPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const run = await getScanRun(viewer, id);
  if (!run) notFound();
  const live = run.status === 'queued' || run.status === 'running';
  const label = (s: string) => {
    const known = STATUSES.find((k) => k === s);
    return known ? t(`scans.status.${known}`) : s;
  };
  return (
    <>
      <h1>
        {t('scans.title')}: {formatDateTime(run.createdAt, locale)}
      </h1>
      <RefreshWhileRunning running={live} />
      <div className="panel" aria-live="polite">
        <p>
          {scopeText(run.scope, t)} · {label(run.status)}
          {run.finishedAt && ` · ${t('scans.finished')} ${formatDateTime(run.finishedAt, locale)}`}
        </p>
        <RunProgress run={run} t={t} />
      </div>
      <h2>{t('scans.results')}</h2>
      <ul>
        {Object.entries(run.byStatus).map(([status, count]) => (
          <li key={status}>
            {label(status)}: {formatNumber(count, locale)}
          </li>
        ))}
      </ul>
      <h2>{t('scans.failures')}</h2>
      {run.problems.length === 0 ? (
        <p>{live ? t('scans.live') : t('scans.noFailures')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('domains.name')}</th>
              <th scope="col">{t('scans.status')}</th>
              <th scope="col">{t('scans.error')}</th>
            </tr>
          </thead>
          <tbody>
            {run.problems.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={`/domains/${p.domain.id}`}>
                    <DomainName ascii={p.domain.ascii} unicode={p.domain.unicode} />
                  </Link>
                </th>
                <td>{label(p.status)}</td>
                <td className="evidence">{p.error?.slice(0, 500) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
