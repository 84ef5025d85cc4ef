import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { GroupScorecard } from '@/lib/queries/get-group-scorecard';

interface Props {
  scorecard: GroupScorecard;
  locale: Locale;
  t: Translate;
}

const percent = (value: number | null, locale: Locale) =>
  formatPercent(value === null ? null : value / 100, locale, 1);

/**
 * A group's public status page: the adoption shares, the compliance shares per profile and each
 * member's compliance status — what getGroupScorecard reads and nothing else. Its ids are not shown,
 * nor used as React keys (keys travel in the page's RSC payload): names are.
 */
export function PublicStatus({ scorecard, locale, t }: Props) {
  const { group, day, adoption, compliance, domains, memberCount } = scorecard;
  return (
    <main className="public-status">
      <h1>{t('status.title', { group: group.name })}</h1>
      <p>{day ? t('status.asOf', { day }) : t('status.noFigures')}</p>
      <h2>{t('status.adoption')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('status.metric')}</th>
            <th scope="col">{t('status.share')}</th>
          </tr>
        </thead>
        <tbody>
          {adoption.map((a) => (
            <tr key={a.metric}>
              <th scope="row">{t(`metric.${a.metric}`)}</th>
              <td>{percent(a.percent, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {compliance.length > 0 && (
        <>
          <h2>{t('status.compliance')}</h2>
          <table>
            <tbody>
              {compliance.map((c) => (
                <tr key={c.name.en}>
                  <th scope="row">{c.name[locale]}</th>
                  <td>{percent(c.percent, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('status.domains')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('status.domain')}</th>
                {compliance.map((c) => (
                  <th scope="col" key={c.name.en}>
                    {c.name[locale]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  {compliance.map((c) => (
                    <td key={c.name.en}>{t(`compliance.status.${d.statuses[c.profileId] ?? 'unknown'}`)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {memberCount > domains.length && (
            <p>
              {t('status.more', {
                shown: formatNumber(domains.length, locale),
                count: formatNumber(memberCount, locale),
              })}
            </p>
          )}
        </>
      )}
      <p className="muted">{t('status.footer')}</p>
    </main>
  );
}
