import type { Translate } from '@/lib/i18n/translate';
import type { MailSourceFormLabels } from './mail-source-form';

/** The source form's strings (a client component gets labels, not `t`). */
export function mailSourceFormLabels(t: Translate): MailSourceFormLabels {
  return {
    name: t('mailSources.name'),
    description: t('mailSources.description'),
    trusted: t('mailSources.trusted'),
    trustedHint: t('mailSources.trustedHint'),
    receivedSpf: t('mailSources.receivedSpf'),
    receivedSpfHint: t('mailSources.receivedSpfHint'),
    save: t('mailSources.save'),
    saved: t('mailSources.saved'),
    invalid: t('mailSources.invalid'),
    nameTaken: t('mailSources.nameTaken'),
    notFound: t('mailSources.notFound'),
    outOfScope: t('mailSources.outOfScope'),
  };
}
