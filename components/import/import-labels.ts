import type { Translate } from '@/lib/i18n/translate';
import type { ImportLabels } from './import-form';

/** The import form's strings in the reader's language (the form is a client component). */
export function importLabels(t: Translate): ImportLabels {
  return {
    paste: t('import.paste'),
    file: t('import.file'),
    preview: t('import.preview'),
    commit: t('import.commit'),
    checking: t('import.checking'),
    importing: t('import.importing'),
    errors: {
      empty: t('import.nothing'),
      'too-large': t('import.error.too-large'),
      'too-large-unpacked': t('import.error.too-large-unpacked'),
      'too-many-rows': t('import.error.too-many-rows'),
      unreadable: t('import.error.unreadable'),
      invalid: t('import.error.invalid'),
      'out-of-scope': t('import.error.out-of-scope'),
    },
    report: {
      summary: t('import.summary'),
      changes: t('import.changes'),
      done: t('import.done'),
      badRows: t('import.badRows'),
      line: t('import.line'),
      value: t('import.value'),
      reason: t('import.reason'),
      moreBad: t('import.moreBad'),
      sample: t('import.sample'),
      allGood: t('import.allGood'),
      domain: t('domains.name'),
      groups: t('domain.groups'),
      tags: t('domains.tags'),
    },
  };
}
