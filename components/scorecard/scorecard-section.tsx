import type { ReactNode } from 'react';

/** A titled part of the scorecard; `id` names its heading (`<id>-heading`) for aria-labelledby. */
export function ScorecardSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
