import { ChoiceFieldset } from '@/components/choice-fieldset';
import type { Translate } from '@/lib/i18n/translate';
import type { ReceivedMailFilter } from '@/lib/received-mail/received-mail-filter';

interface Props {
  filter: ReceivedMailFilter;
  sources: Array<{ id: string; name: string }>;
  t: Translate;
}

/** The page's choices as a GET form, so a view can be bookmarked or put on a projector as is. */
export function MailControls({ filter, sources, t }: Props) {
  return (
    <form
      method="get"
      action="/received-mail"
      className="panel overview-controls"
      aria-label={t('mail.controls')}
    >
      <ChoiceFieldset
        legend={t('mail.by')}
        name="by"
        type="radio"
        options={(['week', 'month'] as const).map((by) => ({ value: by, label: t(`mail.by.${by}`) }))}
        checked={[filter.by]}
      />
      <ChoiceFieldset
        legend={t('mail.basis')}
        name="basis"
        type="radio"
        options={(['messages', 'domains'] as const).map((b) => ({ value: b, label: t(`mail.basis.${b}`) }))}
        checked={[filter.basis]}
      />
      <ChoiceFieldset
        legend={t('mail.source')}
        name="source"
        type="radio"
        options={[
          { value: 'all', label: t('mail.source.all') },
          ...sources.map((s) => ({ value: s.id, label: s.name })),
        ]}
        checked={[filter.source]}
      />
      <div>
        <button type="submit">{t('common.apply')}</button>
      </div>
    </form>
  );
}
