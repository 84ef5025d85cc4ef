import type { RequirementCheck } from '@/lib/compliance/profile-schema';
import { CHECK_KINDS } from '@/lib/compliance/requirement-check-defaults';
import type { Translate } from '@/lib/i18n/translate';

/** The profile editor's texts: it is a client component, so they come ready-made. */
export function profileEditorLabels(t: Translate) {
  return {
    name: t('compliance.editor.name'),
    description: t('compliance.editor.description'),
    english: t('compliance.editor.english'),
    japanese: t('compliance.editor.japanese'),
    sourceTitle: t('compliance.editor.sourceTitle'),
    sourceUrl: t('compliance.editor.sourceUrl'),
    published: t('compliance.editor.published'),
    requirements: t('compliance.editor.requirements'),
    id: t('compliance.editor.id'),
    level: t('compliance.level'),
    levels: { must: t('compliance.level.must'), should: t('compliance.level.should') },
    appliesTo: t('compliance.editor.appliesTo'),
    scopes: {
      all: t('compliance.editor.appliesTo.all'),
      sending: t('compliance.editor.appliesTo.sending'),
      'non-sending': t('compliance.editor.appliesTo.non-sending'),
    },
    check: t('compliance.editor.check'),
    checks: Object.fromEntries(CHECK_KINDS.map((k) => [k, t(`compliance.check.${k}`)])) as Record<
      RequirementCheck['kind'],
      string
    >,
    bits: t('compliance.editor.bits'),
    atLeast: t('compliance.editor.atLeast'),
    allMail: t('compliance.editor.allMail'),
    inherit: t('compliance.editor.inherit'),
    address: t('compliance.editor.address'),
    requirementSource: t('compliance.editor.requirementSource'),
    titleEn: t('compliance.editor.titleEn'),
    titleJa: t('compliance.editor.titleJa'),
    explanationEn: t('compliance.editor.explanationEn'),
    explanationJa: t('compliance.editor.explanationJa'),
    add: t('compliance.editor.add'),
    remove: t('compliance.editor.remove'),
    save: t('common.save'),
    invalid: t('compliance.editor.invalid'),
    builtin: t('compliance.editor.builtin'),
    forbidden: t('compliance.editor.forbidden'),
    notFound: t('state.notFoundTitle'),
    /** "{version}" is replaced with the version saved. */
    saved: t('compliance.editor.saved', { version: '{version}' }),
  };
}

export type ProfileEditorLabels = ReturnType<typeof profileEditorLabels>;
