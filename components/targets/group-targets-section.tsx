import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { milestonesText } from '@/lib/targets/target-form-fields';
import type { TargetProgress } from '@/lib/targets/target-progress';
import { DeleteTargetButton } from './delete-target-button';
import type { MetricChoices } from './target-form';
import { TargetForm } from './target-form';
import { targetFormLabels } from './target-form-labels';
import { TargetProgressCard } from './target-progress-card';

interface Props {
  groupId: string;
  targets: TargetProgress[];
  /** The measures an editor may choose from; null for a reader (no forms). */
  choices: MetricChoices | null;
  locale: Locale;
  t: Translate;
}

/** A group's targets with their progress, and for editors the forms to add, change and delete them. */
export function GroupTargetsSection({ groupId, targets, choices, locale, t }: Props) {
  const labels = targetFormLabels(t);
  return (
    <section id="targets" aria-labelledby="targets-heading" data-testid="group-targets">
      <h2 id="targets-heading">{t('targets.heading')}</h2>
      <p className="muted small">{t('targets.definition')}</p>
      {targets.length === 0 && <p className="empty">{t('targets.none')}</p>}
      {targets.map((progress) => (
        <TargetProgressCard key={progress.target.id} progress={progress} locale={locale} t={t}>
          {choices && (
            <details>
              <summary>{t('targets.change')}</summary>
              <TargetForm
                kind="edit"
                targetId={progress.target.id}
                initial={{
                  percent: progress.target.percent,
                  deadline: progress.target.deadline,
                  milestones: milestonesText(progress.target.milestones),
                }}
                labels={labels}
              />
              <DeleteTargetButton targetId={progress.target.id} label={labels.delete} />
            </details>
          )}
        </TargetProgressCard>
      ))}
      {choices && (
        <details className="panel">
          <summary>{t('targets.add')}</summary>
          <TargetForm kind="create" groupId={groupId} choices={choices} labels={labels} />
        </details>
      )}
    </section>
  );
}
