import type { Translate } from '@/lib/i18n/translate';

export interface RuleFormLabels {
  name: string;
  kind: string;
  metric: string;
  finding: string;
  anyFinding: string;
  minSeverity: string;
  anySeverity: string;
  days: string;
  points: string;
  compare: string;
  profile: string;
  requirement: string;
  wholeProfile: string;
  percent: string;
  group: string;
  allDomains: string;
  emails: string;
  webhookUrl: string;
  webhookAdminOnly: string;
  webhookRefused: string;
  digest: string;
  enabled: string;
  submit: string;
  saved: string;
  invalid: string;
  noChannel: string;
  notFound: string;
}

/** The rule form's strings in the reader's language (the form is a client component). */
export function ruleFormLabels(t: Translate, submit: string): RuleFormLabels {
  return {
    name: t('common.name'),
    kind: t('alerts.kind'),
    metric: t('alerts.metric'),
    finding: t('alerts.finding'),
    anyFinding: t('alerts.anyFinding'),
    minSeverity: t('alerts.minSeverity'),
    anySeverity: t('common.any'),
    days: t('alerts.days'),
    points: t('alerts.points'),
    compare: t('alerts.compare'),
    profile: t('alerts.profile'),
    requirement: t('alerts.requirement'),
    wholeProfile: t('alerts.wholeProfile'),
    percent: t('alerts.percent'),
    group: t('alerts.group'),
    allDomains: t('alerts.allDomains'),
    emails: t('alerts.emails'),
    webhookUrl: t('alerts.webhookUrl'),
    webhookAdminOnly: t('alerts.webhookAdminOnly'),
    webhookRefused: t('alerts.webhookRefused'),
    digest: t('alerts.digest'),
    enabled: t('alerts.enabled'),
    submit,
    saved: t('common.saved'),
    invalid: t('alerts.invalid'),
    noChannel: t('alerts.noChannel'),
    notFound: t('state.notFoundTitle'),
  };
}
