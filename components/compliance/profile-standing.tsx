import Link from 'next/link';
import { DomainName } from '@/components/domain-name';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { type ComplianceCounts, complianceMetric } from '@/lib/queries/compliance-count';
import type { ProfileStanding as Standing } from '@/lib/queries/get-group-compliance';

interface Props {
  standing: Standing;
  locale: Locale;
  t: Translate;
}

/** One followed profile on a group's compliance page: requirements × share, then who fails now. */
export function ProfileStanding({ standing, locale, t }: Props) {
  const { definition: d, counts } = standing;
  const titleOf = new Map(d.requirements.map((r) => [r.id, r.title[locale]]));
  const row = (key: string, label: string, level: string, c: ComplianceCounts | undefined) => {
    const metric = complianceMetric(c ?? null);
    return (
      <tr key={key} data-requirement={key}>
        <th scope="row">{label}</th>
        <td>{level}</td>
        <td className="number" data-testid="requirement-share">
          {formatPercent(metric?.percent == null ? null : metric.percent / 100, locale, 1)}
        </td>
        <td className="number">
          {metric ? `${formatNumber(metric.adopted, locale)} / ${formatNumber(metric.known, locale)}` : '—'}
        </td>
        <td className="number">{c ? formatNumber(c.unknown, locale) : '—'}</td>
        <td className="number">{c ? formatNumber(c.notApplicable, locale) : '—'}</td>
        <td className="number" data-testid="requirement-exempted">
          {c ? formatNumber(c.exempted, locale) : '—'}
        </td>
      </tr>
    );
  };
  return (
    <section aria-labelledby={`profile-${standing.profileId}`} data-profile={standing.profileId}>
      <h2 id={`profile-${standing.profileId}`}>
        {d.name[locale]}{' '}
        <span className="muted small">{t('compliance.version', { version: String(standing.version) })}</span>
      </h2>
      <p className="muted small">
        {t('compliance.source')}:{' '}
        {d.source.url ? <a href={d.source.url}>{d.source.title}</a> : d.source.title}
        {standing.day && ` · ${t('compliance.asOf', { day: standing.day })}`}
      </p>
      {standing.day === null ? (
        <p className="empty">{t('compliance.pending')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('compliance.requirement')}</th>
              <th scope="col">{t('compliance.level')}</th>
              <th scope="col">{t('compliance.share')}</th>
              <th scope="col">{t('compliance.counts')}</th>
              <th scope="col">{t('compliance.unknownCount')}</th>
              <th scope="col">{t('compliance.notApplicableCount')}</th>
              <th scope="col">{t('compliance.exemptedCount')}</th>
            </tr>
          </thead>
          <tbody>
            {row('', t('compliance.wholeProfile'), '', counts[''])}
            {d.requirements.map((r) =>
              row(r.id, r.title[locale], t(`compliance.level.${r.level}`), counts[r.id]),
            )}
          </tbody>
        </table>
      )}
      <h3>{t('compliance.notCompliantDomains')}</h3>
      {standing.notCompliant.length === 0 ? (
        <p className="empty">{t('compliance.allCompliant')}</p>
      ) : (
        <ul data-testid="not-compliant-domains">
          {standing.notCompliant.map((domain) => (
            <li key={domain.id}>
              <Link href={`/domains/${domain.id}`}>
                <DomainName ascii={domain.ascii} unicode={domain.unicode} />
              </Link>{' '}
              <span className="muted small">
                {t('compliance.failing')}: {domain.failing.map((id) => titleOf.get(id) ?? id).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
