import type { ProfileDefinition } from '@/lib/compliance/profile-schema';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { metricChoice } from '@/lib/targets/target-form-fields';
import type { MetricChoices } from './target-form';

/** What a group's target may measure: every adoption metric, and each followed profile as a whole or per requirement. */
export function metricChoices(
  profiles: ReadonlyArray<{ profileId: string; definition: ProfileDefinition }>,
  locale: Locale,
  t: Translate,
): MetricChoices {
  const adoption = ADOPTION_METRICS.map((metric): [string, string] => [
    metricChoice({ kind: 'adoption', metric }),
    t(`metric.${metric}`),
  ]);
  return [
    { group: t('targets.adoptionMetrics'), options: adoption },
    ...profiles.map(({ profileId, definition }) => {
      const name = t('targets.compliantWith', { profile: definition.name[locale] });
      return {
        group: definition.name[locale],
        options: [
          [metricChoice({ kind: 'compliance', profileId, requirement: '' }), name] as [string, string],
          ...definition.requirements.map((r): [string, string] => [
            metricChoice({ kind: 'compliance', profileId, requirement: r.id }),
            `${name}: ${r.title[locale]}`,
          ]),
        ],
      };
    }),
  ];
}
