import type { ReactNode } from 'react';

interface Props {
  /** Makes the heading's id (`<id>-heading`), which names the section for assistive technology. */
  id: string;
  title: string;
  /** A short line under the heading. */
  intro?: string;
  children: ReactNode;
}

/** One titled part of a settings page: a section named by its h2, an optional intro, then its forms. */
export function SettingsSection({ id, title, intro, children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
