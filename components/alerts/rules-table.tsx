import Link from 'next/link';
import type { AlertRuleView } from '@/lib/alerts/alert-rule-view';
import { describeRule } from '@/lib/alerts/describe-alert';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

interface Props {
  rules: AlertRuleView[];
  locale: Locale;
  /** Compliance profiles' names by id, for the rules about one. */
  profileNames: ReadonlyMap<string, { en: string; ja: string }>;
}

/** The rules, each in plain words: what it watches, where, whom it tells and how often. */
export function RulesTable({ rules, locale, profileNames }: Props) {
  const t = translator(locale);
  return (
    <table>
      <caption className="visually-hidden">{t('alerts.rulesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.name')}</th>
          <th scope="col">{t('alerts.kind')}</th>
          <th scope="col">{t('alerts.group')}</th>
          <th scope="col">{t('alerts.channels')}</th>
          <th scope="col">{t('alerts.digest')}</th>
          <th scope="col">{t('alerts.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id}>
            <th scope="row">
              <Link href={`/alerts/rules/${rule.id}`}>{rule.name}</Link>
            </th>
            <td>
              {t(`alerts.kind.${rule.kind}`)}
              <br />
              <span className="muted">{describeRule(rule.params, locale, profileNames)}</span>
            </td>
            <td>{rule.groupName ?? t('alerts.allDomains')}</td>
            <td>
              {rule.emails.length > 0 && (
                <div>
                  {t('alerts.channel.email')}: {rule.emails.join(', ')}
                </div>
              )}
              {rule.webhookHost && (
                <div>
                  {t('alerts.channel.webhook')}: <code>{rule.webhookUrl ?? rule.webhookHost}</code>
                </div>
              )}
            </td>
            <td>{t(`alerts.digest.${rule.digest}`)}</td>
            <td>{rule.enabled ? t('alerts.enabled') : t('alerts.disabled')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
