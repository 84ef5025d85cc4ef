import Link from 'next/link';
import { CancelRunButton } from '@/components/scans/cancel-run-button';
import { RefreshWhileRunning } from '@/components/scans/refresh-while-running';
import { RunProgress } from '@/components/scans/run-progress';
import { scopeText } from '@/components/scans/scope-text';
import { StartScanButton } from '@/components/start-scan-button';
import { startFullScanAction } from '@/lib/actions/start-full-scan';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/i18n/format';
import { listScanRuns } from '@/lib/queries/list-scan-runs';

export const dynamic = 'force-dynamic';

const LIVE = new Set(['queued', 'running']);
const STATUSES = ['queued', 'running', 'complete', 'cancelled', 'failed'] as const;
const TRIGGERS = ['manual', 'schedule', 'api'] as const;

export default async function ScansPage() {
  const { user, viewer, locale, t } = await pageContext();
  const runs = await listScanRuns(viewer);
  const admin = hasRole(user.role, 'editor');
  const running = runs.some((run) => LIVE.has(run.status));
  return (
    <>
      <div className="page-head">
        <h1>{t('scans.title')}</h1>
        {admin && (
          <StartScanButton
            start={startFullScanAction}
            labels={{ start: t('groups.scanAll'), started: t('groups.scanStarted') }}
          />
        )}
      </div>
      <RefreshWhileRunning running={running} />
      {running && <p className="muted">{t('scans.live')}</p>}
      {runs.length === 0 ? (
        <p className="empty">{t('scans.empty')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('scans.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scans.started')}</th>
              <th scope="col">{t('scans.trigger')}</th>
              <th scope="col">{t('scans.scope')}</th>
              <th scope="col">{t('scans.status')}</th>
              <th scope="col">{t('scans.progress')}</th>
              <th scope="col">{t('scans.finished')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const status = STATUSES.find((s) => s === run.status);
              const trigger = TRIGGERS.find((s) => s === run.trigger);
              return (
                <tr key={run.id}>
                  <th scope="row">
                    <Link href={`/scans/${run.id}`}>{formatDateTime(run.createdAt, locale)}</Link>
                  </th>
                  <td>{trigger ? t(`scans.trigger.${trigger}`) : run.trigger}</td>
                  <td>{scopeText(run.scope, t)}</td>
                  <td>
                    <span className={`status status-${run.status}`}>
                      {status ? t(`scans.status.${status}`) : run.status}
                    </span>
                  </td>
                  <td aria-live={LIVE.has(run.status) ? 'polite' : undefined}>
                    <RunProgress run={run} t={t} />
                    {admin && LIVE.has(run.status) && (
                      <CancelRunButton runId={run.id} label={t('scans.cancel')} />
                    )}
                  </td>
                  <td>{run.finishedAt ? formatDateTime(run.finishedAt, locale) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
