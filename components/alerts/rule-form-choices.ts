import { ALERT_DIGESTS, ALERT_RULE_KINDS } from '@/lib/alerts/alert-rule-input';
import { allFindingIds, findingDefinition } from '@/lib/findings/finding-definition';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';
import type { ProfileListItem } from '@/lib/queries/list-compliance-profiles';

/**
 * The rule form's select options in the reader's language, with the groups and the compliance
 * profiles (and each one's requirements) to choose from.
 */
export function ruleFormChoices(
  locale: Locale,
  groups: Array<{ id: string; name: string }>,
  profiles: readonly ProfileListItem[] = [],
) {
  const t = translator(locale);
  return {
    profiles: profiles.map((p): [string, string] => [p.id, p.definition.name[locale]]),
    requirements: Object.fromEntries(
      profiles.map((p) => [
        p.id,
        p.definition.requirements.map((r): [string, string] => [
          r.id,
          `${r.title[locale]} (${t(`compliance.level.${r.level}`)})`,
        ]),
      ]),
    ),
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
