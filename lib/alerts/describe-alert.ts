import { UNAPPROVED_WINDOW_DAYS } from '@/audit/dmarc-report/unapproved-sources-finding';
import { findingDefinition } from '@/lib/findings/finding-definition';
import { formatDateTime, formatPercent, kensaTimeZone } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';
import type { MatchDetail } from './match-detail';
import type { RuleParams } from './rule-params';

function findingTitle(findingId: string, locale: Locale): string {
  return findingDefinition(findingId)?.title[locale] ?? findingId;
}

type LocalizedName = { en: string; ja: string };

/**
 * What a rule watches, in plain words ("lost: DMARC published"). A compliance rule names its
 * profile from `profileNames` (by id; the id when the profile is not there, e.g. deleted).
 */
export function describeRule(
  params: RuleParams,
  locale: Locale,
  profileNames: ReadonlyMap<string, LocalizedName> = new Map(),
): string {
  const t = translator(locale);
  const profile = (id: string) => profileNames.get(id)?.[locale] ?? id;
  switch (params.kind) {
    case 'record_lost':
      return t('alerts.describe.record_lost', { metric: t(`metric.${params.metric}`) });
    case 'finding_appeared':
      if (params.findingId)
        return t('alerts.describe.finding_appeared', { finding: findingTitle(params.findingId, locale) });
      if (params.minSeverity)
        return t('alerts.describe.finding_appeared.severity', {
          severity: t(`severity.${params.minSeverity}`),
        });
      return t('alerts.describe.finding_appeared.any');
    case 'dkim_key_age':
      return t('alerts.describe.dkim_key_age', { days: params.days });
    case 'adoption_fell':
      return t('alerts.describe.adoption_fell', {
        metric: t(`metric.${params.metric}`),
        points: params.points,
        compare: t(`alerts.compare.${params.compare}`),
      });
    case 'dmarc_unapproved_source':
      return t('alerts.describe.dmarc_unapproved_source');
    case 'dmarc_report_missing':
      return t('alerts.describe.dmarc_report_missing', { days: params.days });
    case 'compliance_exception_expired':
      return t('alerts.describe.compliance_exception_expired');
    case 'target_behind':
      return t('alerts.describe.target_behind');
    case 'compliance_lost':
      return params.requirement
        ? t('alerts.describe.compliance_lost.requirement', {
            profile: profile(params.profileId),
            requirement: params.requirement,
          })
        : t('alerts.describe.compliance_lost', { profile: profile(params.profileId) });
    case 'compliance_below':
      return t('alerts.describe.compliance_below', {
        profile: profile(params.profileId),
        percent: formatPercent(params.percent / 100, locale),
      });
  }
}

/**
 * What one match says, in plain words; the domain (if any) is shown beside it by the caller. Days
 * are on `timeZone`'s calendar (the mail passes its settings' zone).
 */
export function describeMatch(detail: MatchDetail, locale: Locale, timeZone = kensaTimeZone()): string {
  const t = translator(locale);
  switch (detail.kind) {
    case 'record_lost':
      return t('alerts.match.record_lost', { metric: t(`metric.${detail.metric}`) });
    case 'finding_appeared':
      return t('alerts.match.finding_appeared', {
        severity: t(`severity.${detail.severity}`),
        title: findingTitle(detail.findingId, locale),
      });
    case 'dkim_key_age':
      return t('alerts.match.dkim_key_age', {
        selector: detail.selector,
        days: detail.ageDays,
        since: formatDateTime(detail.firstSeenAt, locale, 'date', timeZone),
      });
    case 'adoption_fell':
      return t('alerts.match.adoption_fell', {
        scope: detail.scopeName ?? t('alerts.allDomains'),
        metric: t(`metric.${detail.metric}`),
        from: formatPercent(detail.fromPercent / 100, locale),
        to: formatPercent(detail.toPercent / 100, locale),
        baselineDay: detail.baselineDay,
        day: detail.day,
      });
    case 'dmarc_unapproved_source':
      return t('alerts.match.dmarc_unapproved_source', {
        ip: detail.sourceIp,
        messages: detail.messages,
        days: UNAPPROVED_WINDOW_DAYS,
      });
    case 'dmarc_report_missing':
      return t('alerts.match.dmarc_report_missing', {
        days: detail.days,
        since: formatDateTime(detail.lastReceivedAt, locale, 'minutes', timeZone),
      });
    case 'compliance_exception_expired':
      return t('alerts.match.compliance_exception_expired', {
        profile: detail.profile[locale],
        requirement: detail.requirement,
        day: detail.expiresOn,
      });
    case 'target_behind':
      return t('alerts.match.target_behind', {
        group: detail.groupName,
        target: detail.label[locale],
        percent: formatPercent(detail.percent / 100, locale),
        deadline: detail.deadline,
        actual: formatPercent(detail.actualPercent / 100, locale),
        expected: formatPercent(detail.expectedPercent / 100, locale),
        since: detail.since,
      });
    case 'compliance_lost':
      return detail.requirementTitle
        ? t('alerts.match.compliance_lost.requirement', {
            profile: detail.profileName[locale],
            requirement: detail.requirementTitle[locale],
          })
        : t('alerts.match.compliance_lost', { profile: detail.profileName[locale] });
    case 'compliance_below':
      return t('alerts.match.compliance_below', {
        group: detail.groupName,
        profile: detail.profileName[locale],
        percent: formatPercent(detail.percent / 100, locale),
        from: formatPercent(detail.fromPercent === null ? null : detail.fromPercent / 100, locale),
        to: formatPercent(detail.toPercent / 100, locale),
        day: detail.day,
      });
  }
}
