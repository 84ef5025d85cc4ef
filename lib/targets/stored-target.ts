import type { Prisma } from '@/generated/prisma/client';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { type Day, dayOf, dayOfDateColumn } from '@/lib/history/day-of';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';
import { milestonesSchema, type TargetMetric, targetMetricSchema } from './target-schema';
import type { TargetLine } from './trajectory';

/** A target as read from group_targets, checked, with its group's name and its label in both languages. */
export interface StoredTarget extends TargetLine {
  id: string;
  groupId: string;
  groupName: string;
  metric: TargetMetric;
  label: Record<Locale, string>;
  createdDay: Day;
}

/** What storedTarget needs of a row: pass it to findMany as `select`. */
export const STORED_TARGET_SELECT = {
  id: true,
  groupId: true,
  metric: true,
  profileId: true,
  requirement: true,
  percent: true,
  deadline: true,
  milestones: true,
  baselineDay: true,
  baselinePercent: true,
  createdAt: true,
  group: { select: { name: true } },
  profile: {
    select: { versions: { orderBy: { version: 'desc' }, take: 1, select: { definition: true } } },
  },
} satisfies Prisma.GroupTargetSelect;

type Row = Prisma.GroupTargetGetPayload<{ select: typeof STORED_TARGET_SELECT }>;

/** A row of group_targets as a StoredTarget; throws on a row no writer of ours could have made. */
export function storedTarget(row: Row): StoredTarget {
  const metric = targetMetricSchema.parse(
    row.profileId === null
      ? { kind: 'adoption', metric: row.metric }
      : { kind: 'compliance', profileId: row.profileId, requirement: row.requirement ?? '' },
  );
  const definition = row.profile?.versions[0]?.definition;
  return {
    id: row.id,
    groupId: row.groupId,
    groupName: row.group.name,
    metric,
    label: {
      en: targetLabel(metric, definition, 'en'),
      ja: targetLabel(metric, definition, 'ja'),
    },
    percent: row.percent,
    deadline: dayOfDateColumn(row.deadline),
    milestones: milestonesSchema.parse(row.milestones),
    baseline:
      row.baselineDay === null
        ? null
        : { day: dayOfDateColumn(row.baselineDay), percent: row.baselinePercent },
    createdDay: dayOf(row.createdAt),
  };
}

/** "DMARC enforcing", "JP DMARC guideline", "JP DMARC guideline: SPF record valid". */
export function targetLabel(metric: TargetMetric, definition: unknown, locale: Locale): string {
  const t = translator(locale);
  if (metric.kind === 'adoption') return t(`metric.${metric.metric}`);
  const profile = profileDefinitionSchema.safeParse(definition).data;
  if (!profile) return t('targets.unknownProfile');
  const name = t('targets.compliantWith', { profile: profile.name[locale] });
  if (metric.requirement === '') return name;
  const requirement = profile.requirements.find((r) => r.id === metric.requirement);
  return `${name}: ${requirement?.title[locale] ?? metric.requirement}`;
}
