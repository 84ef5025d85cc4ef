import type { Translate } from '@/lib/i18n/translate';

/** The target forms' strings in the reader's language (the forms are client components). */
export function targetFormLabels(t: Translate) {
  return {
    metric: t('targets.metric'),
    percent: t('targets.percent'),
    deadline: t('targets.deadline'),
    milestones: t('targets.milestones'),
    milestonesHelp: t('targets.milestonesHelp'),
    add: t('targets.add'),
    save: t('common.save'),
    delete: t('targets.delete'),
    saved: t('targets.saved'),
    errors: {
      invalid: t('targets.error.invalid'),
      not_found: t('targets.error.not_found'),
      profile_not_followed: t('targets.error.profile_not_followed'),
      unknown_requirement: t('targets.error.unknown_requirement'),
      too_many: t('targets.error.too_many'),
      deadline_passed: t('targets.error.deadline_passed'),
    },
  };
}

export type TargetFormLabels = ReturnType<typeof targetFormLabels>;
