import Link from 'next/link';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { TargetProgress } from '@/lib/targets/target-progress';
import { TargetStatusBadge } from './target-status-badge';
import { daysLeftText, percentText, targetTitle } from './target-texts';
import { TargetsTableHead } from './targets-table-head';

/** The overview's targets: one row per target of the groups shown, linked to its group's page. */
export function TargetsTable({
  targets,
  locale,
  t,
}: {
  targets: TargetProgress[];
  locale: Locale;
  t: Translate;
}) {
  return (
    <section aria-labelledby="targets-heading" data-testid="overview-targets">
      <h2 id="targets-heading">{t('targets.heading')}</h2>
      <table>
        <TargetsTableHead t={t} />
        <tbody>
          {targets.map((progress) => (
            <tr key={progress.target.id} data-target={progress.target.id}>
              <td>
                <Link href={`/groups/${progress.target.groupId}#targets`}>{progress.target.groupName}</Link>
              </td>
              <th scope="row">
                {targetTitle({ ...progress.target, label: progress.target.label[locale] }, locale, t)}
              </th>
              <td className="num">{percentText(progress.actual?.percent, locale)}</td>
              <td className="num">{percentText(progress.expected, locale)}</td>
              <td>
                <TargetStatusBadge status={progress.status} t={t} />
              </td>
              <td>{daysLeftText(progress, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('targets.definition')}</p>
    </section>
  );
}
