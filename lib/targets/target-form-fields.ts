import type { TargetMetric } from './target-schema';

/**
 * The form's encoding of a metric as one select value: 'adoption:<metric>' or
 * 'compliance:<profile id>:<requirement id, '' for the whole profile>'.
 */
export function metricChoice(metric: TargetMetric): string {
  return metric.kind === 'adoption'
    ? `adoption:${metric.metric}`
    : `compliance:${metric.profileId}:${metric.requirement}`;
}

/** A select value back as the metric object zod checks (anything else fails that check). */
export function metricOfChoice(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const [kind, first, ...rest] = value.split(':');
  if (kind === 'adoption') return { kind, metric: first };
  if (kind === 'compliance') return { kind, profileId: first, requirement: rest.join(':') };
  return value;
}

/** Milestone lines ("2026-09-30 80", one a line; blank lines skipped) as objects zod checks. */
export function milestonesOfText(value: unknown): unknown {
  if (typeof value !== 'string') return [];
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 100)
    .map((line) => {
      const [day, percent] = line.split(/[\s,]+/);
      return { day, percent: percentOfText(percent) };
    });
}

/** A percentage typed in a form ("80" or "80%") as the number zod checks; blank stays missing, not 0. */
export function percentOfText(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Number(value.trim().replace(/%$/, ''));
}

/** Milestones as the form's text, one a line. */
export function milestonesText(milestones: ReadonlyArray<{ day: string; percent: number }>): string {
  return milestones.map((m) => `${m.day} ${m.percent}`).join('\n');
}
