import { renderToStaticMarkup } from 'react-dom/server';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';
import { deliveryLink, matchLink } from './alert-links';
import type { AlertPayload } from './alert-payload';
import { describeMatch, describeRule } from './describe-alert';
import type { MatchDetail } from './match-detail';
import { parseRuleParams } from './rule-params';

export interface AlertMail {
  subject: string;
  text: string;
  html: string;
}

interface MailContext {
  deliveryId: string;
  payload: AlertPayload;
  publicUrl: string;
  timeZone: string;
}

// Japanese first: the users are Japanese teams; English follows for everyone else.
const LOCALES: readonly Locale[] = ['ja', 'en'];

/**
 * A header value with no control characters (CR/LF would start a new header: RFC 5322 §2.2) and a
 * bounded length. The subject never carries DNS text; the rule name is an admin's, still cleaned.
 */
export function headerSafe(value: string, max = 120): string {
  return value
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .trim()
    .slice(0, max);
}

function matchLine(detail: MatchDetail, locale: Locale, timeZone: string): string {
  // Scope-wide matches name their group in the description.
  const domain = 'domain' in detail ? `${detail.domain}: ` : '';
  const when = formatDateTime(detail.at, locale, 'minutes', timeZone);
  return `${domain}${describeMatch(detail, locale, timeZone)} (${when})`;
}

/** The mail of one delivery: bilingual plain text, and the same as simple HTML escaped by React. */
export function renderAlertMail(context: MailContext): AlertMail {
  const { payload, publicUrl, timeZone } = context;
  const params = parseRuleParams(payload.rule.kind, payload.rule.params);
  const rule = headerSafe(payload.rule.name, 80);
  const subject = `[Kensa] ${rule}: ${LOCALES.map((l) => translator(l)('alerts.mail.subject', { count: payload.total })).join(' / ')}`;
  const more = payload.total - payload.matches.length;
  const profileNames = new Map(
    payload.matches.flatMap(({ detail }) =>
      'profileName' in detail ? [[detail.profileId, detail.profileName] as const] : [],
    ),
  );
  const sections = LOCALES.map((locale) => {
    const t = translator(locale);
    return {
      locale,
      intro: t('alerts.mail.intro', {
        rule,
        description: describeRule(params, locale, profileNames),
        count: payload.total,
      }),
      lines: payload.matches.map((m) => ({
        id: m.id,
        text: matchLine(m.detail, locale, timeZone),
        link: matchLink(publicUrl, m.detail),
      })),
      more: more > 0 ? t('alerts.mail.more', { count: more }) : null,
      details: t('alerts.mail.details'),
    };
  });
  const link = deliveryLink(publicUrl, context.deliveryId);
  const text = sections
    .map((s) =>
      [
        s.intro,
        '',
        ...s.lines.map((l) => `- ${l.text}\n  ${l.link}`),
        ...(s.more ? [s.more] : []),
        '',
        `${s.details}: ${link}`,
      ].join('\n'),
    )
    .join('\n\n---\n\n');
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="ja">
      <body>
        {sections.map((s) => (
          <section key={s.locale} lang={s.locale}>
            <p>{s.intro}</p>
            <ul>
              {s.lines.map((l) => (
                <li key={l.id}>
                  <a href={l.link}>{l.text}</a>
                </li>
              ))}
            </ul>
            {s.more && <p>{s.more}</p>}
            <p>
              <a href={link}>{s.details}</a>
            </p>
            <hr />
          </section>
        ))}
      </body>
    </html>,
  )}`;
  return { subject, text: `${text}\n`, html };
}
