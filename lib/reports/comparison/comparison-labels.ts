import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { type Translate, translator } from '@/lib/i18n/translate';
import type { DomainChange, GroupComparison } from './group-comparison-schema';

/** Everything that labels a comparison in one language. */
export interface ComparisonLabels {
  language: Locale;
  t: Translate;
}

export function comparisonLabels(language: Locale): ComparisonLabels {
  return { language, t: translator(language) };
}

/** The comparison's title: the group and both days (the group name is a user's text). */
export function comparisonTitle(c: GroupComparison, { t }: ComparisonLabels): string {
  return t('comparison.fileTitle', { group: c.group.name, from: c.from, to: c.to });
}

/** What the comparison is about, labelled: group, days, members on each, when it was made. */
export function comparisonFacts(
  c: GroupComparison,
  { t, language }: ComparisonLabels,
): Array<[string, string]> {
  return [
    [t('comparison.group'), c.group.name],
    [t('comparison.days'), t('comparison.daysValue', { from: c.from, to: c.to })],
    [t('comparison.members'), t('comparison.membersValue', c.members)],
    [t('comparison.generatedAt'), formatDateTime(c.generatedAt, language, 'long')],
  ];
}

/** What a domain gained or lost, in words: metric names, then "profile: requirement" titles. */
export function changeLabels(
  c: GroupComparison,
  change: DomainChange,
  { t, language }: ComparisonLabels,
): string[] {
  const requirements = change.requirements.map(({ profileId, requirement }) => {
    const profile = c.profiles.find((p) => p.profileId === profileId);
    const row = profile?.requirements.find((r) => r.requirement === requirement);
    if (!profile || !row) return requirement;
    return requirement === '' ? profile.name[language] : `${profile.name[language]}: ${row.title[language]}`;
  });
  return [...change.metrics.map((m) => t(`metric.${m}`)), ...requirements];
}
