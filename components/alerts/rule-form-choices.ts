import { ALERT_DIGESTS, ALERT_RULE_KINDS } from '@/lib/alerts/alert-rule-input';
import { allFindingIds, findingDefinition } from '@/lib/findings/finding-definition';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

/** The rule form's select options in the reader's language, with the groups to choose from. */
export function ruleFormChoices(locale: Locale, groups: Array<{ id: string; name: string }>) {
  const t = translator(locale);
  return {
    kinds: ALERT_RULE_KINDS.map((k): [string, string] => [k, t(`alerts.kind.${k}`)]),
    groups: groups.map((g): [string, string] => [g.id, g.name]),
    metrics: ADOPTION_METRICS.map((m): [string, string] => [m, t(`metric.${m}`)]),
    findings: allFindingIds().map((id): [string, string] => [
      id,
      `${findingDefinition(id)?.title[locale] ?? id} (${id})`,
    ]),
    severities: (['error', 'warning', 'info'] as const).map((s): [string, string] => [s, t(`severity.${s}`)]),
    compares: (['previous-day', 'previous-week'] as const).map((c): [string, string] => [
      c,
      t(`alerts.compare.${c}`),
    ]),
    digests: ALERT_DIGESTS.map((d): [string, string] => [d, t(`alerts.digest.${d}`)]),
  };
}
