import type { Grade } from '@/lib/findings/compute-grade';

/** A grade letter in a coloured disc; the letter itself carries the meaning (not only the colour). */
export function GradeBadge({
  grade,
  label,
  large = false,
}: {
  grade: Grade | null;
  label: string;
  large?: boolean;
}) {
  return (
    <span className={`grade grade-${grade ?? 'none'}${large ? ' grade-large' : ''}`} title={label}>
      <span className="visually-hidden">{label}: </span>
      {grade ?? '–'}
    </span>
  );
}
