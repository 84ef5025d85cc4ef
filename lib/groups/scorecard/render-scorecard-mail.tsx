import { renderToStaticMarkup } from 'react-dom/server';
import type { AlertMail } from '@/lib/alerts/render-alert-mail';
import { headerSafe } from '@/lib/alerts/render-alert-mail';
import { EXPIRING_WITHIN_DAYS } from '@/lib/compliance/expiring-soon';
import { formatPercent, formatPoints } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translate';
import type { ScorecardMailPayload, ScorecardSnapshot } from './scorecard-payload';

interface Row {
  key: string;
  label: string;
  share: string;
  change: string;
}

type Share = Pick<ScorecardSnapshot['adoption'][number], 'percent' | 'count' | 'known'>;

/**
 * One scorecard mail in its contacts' language: plain text, and the same as simple HTML escaped by
 * React. Domain names come from DNS registrations and group names from users: in the HTML they are
 * text nodes only; the subject carries the group name cleaned of control characters.
 */
export function renderScorecardMail(payload: ScorecardMailPayload, publicUrl: string): AlertMail {
  const { language: locale, scorecard, previous, changed, period, expiring } = payload;
  const t = translator(locale);
  const group = scorecard.group.name;
  const share = (s: Share | undefined) =>
    s
      ? `${formatPercent(s.percent === null ? null : s.percent / 100, locale, 1)} (${s.count}/${s.known})`
      : '—';
  const change = (now: Share, before: Share | undefined) =>
    formatPoints(
      now.percent !== null && before?.percent != null ? now.percent - before.percent : null,
      locale,
    );
  const adoption: Row[] = scorecard.adoption.map((a) => {
    const before = previous?.adoption.find((p) => p.metric === a.metric);
    return { key: a.metric, label: t(`metric.${a.metric}`), share: share(a), change: change(a, before) };
  });
  const profileName = (profileId: string) =>
    scorecard.compliance.find((c) => c.profileId === profileId)?.name[locale] ?? profileId;
  const compliance: Row[] = scorecard.compliance.map((c) => {
    const before = previous?.compliance.find((p) => p.profileId === c.profileId);
    return { key: c.profileId, label: c.name[locale], share: share(c), change: change(c, before) };
  });
  const status = (s: ScorecardSnapshot['domains'][number]['statuses'][string]) => t(`compliance.status.${s}`);
  const changes = changed.items.map(
    (c) => `${c.name} — ${profileName(c.profileId)}: ${status(c.from)} → ${status(c.to)}`,
  );
  const more = changed.total - changed.items.length;
  const expiringLines = expiring.map((x) =>
    t('owners.mail.expiringItem', {
      subject: x.subject,
      profile: x.profile[locale],
      requirement: x.requirementTitle?.[locale] ?? x.requirement,
      day: x.expiresOn,
    }),
  );
  const day = scorecard.day ?? '—';
  const intro = previous
    ? t('owners.mail.intro', { group, period, day, previous: previous.period })
    : t('owners.mail.introFirst', { group, period, day });
  const link = `${publicUrl.replace(/\/+$/, '')}/groups/${scorecard.group.id}/compliance`;
  const heading = {
    adoption: t('owners.mail.adoption'),
    compliance: t('owners.mail.compliance'),
    changed: previous ? t('owners.mail.changed', { count: changed.total }) : null,
    more: more > 0 ? t('owners.mail.more', { count: more }) : null,
    expiring:
      expiring.length > 0
        ? t('owners.mail.expiring', { count: expiring.length, days: EXPIRING_WITHIN_DAYS })
        : null,
  };
  const rowText = (r: Row) => `- ${r.label}: ${r.share}${previous ? ` ${r.change}` : ''}`;
  const text = [
    intro,
    ...(scorecard.day === null ? ['', t('owners.mail.noFigures')] : []),
    '',
    `${heading.adoption}:`,
    ...adoption.map(rowText),
    ...(compliance.length > 0 ? ['', `${heading.compliance}:`, ...compliance.map(rowText)] : []),
    ...(heading.changed ? ['', `${heading.changed}`, ...changes.map((c) => `- ${c}`)] : []),
    ...(heading.more ? [heading.more] : []),
    ...(heading.expiring ? ['', heading.expiring, ...expiringLines.map((x) => `- ${x}`)] : []),
    '',
    `${t('owners.mail.details')}: ${link}`,
    '',
    t('owners.mail.why', { group }),
  ].join('\n');
  const table = (caption: string, rows: Row[]) => (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.share}</td>
            {previous && <td>{r.change}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang={locale}>
      <body>
        <p>{intro}</p>
        {scorecard.day === null && <p>{t('owners.mail.noFigures')}</p>}
        {table(heading.adoption, adoption)}
        {compliance.length > 0 && table(heading.compliance, compliance)}
        {heading.changed && <h2>{heading.changed}</h2>}
        {changes.length > 0 && (
          <ul>
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
        {heading.more && <p>{heading.more}</p>}
        {heading.expiring && <h2>{heading.expiring}</h2>}
        {expiringLines.length > 0 && (
          <ul>
            {expiringLines.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
        <p>
          <a href={link}>{t('owners.mail.details')}</a>
        </p>
        <p>{t('owners.mail.why', { group })}</p>
      </body>
    </html>,
  )}`;
  const subject = `[Kensa] ${headerSafe(group, 80)}: ${t('owners.mail.subject', { period })}`;
  return { subject, text: `${text}\n`, html };
}
