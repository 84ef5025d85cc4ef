import { ChoiceFieldset } from '@/components/choice-fieldset';
import type { Translate } from '@/lib/i18n/translate';
import type { OverviewFilter } from '@/lib/queries/overview-filter';

interface Props {
  filter: OverviewFilter;
  to: string;
  groups: Array<{ id: string; name: string }>;
  /** Whether "all domains" is offered (not to a viewer limited to some groups). */
  allowAll: boolean;
  t: Translate;
}

/** The overview's choices as a GET form, so a view can be bookmarked or put on a projector as is. */
export function OverviewControls({ filter, to, groups, allowAll, t }: Props) {
  const scopes = [...(allowAll ? [{ id: 'all', name: t('overview.allDomains') }] : []), ...groups];
  return (
    <form
      method="get"
      action="/overview"
      className="panel overview-controls"
      aria-label={t('overview.controls')}
    >
      <input type="hidden" name="metric" value={filter.metric} />
      <ChoiceFieldset
        legend={t('overview.groups')}
        name="scopes"
        type="checkbox"
        options={scopes.map((scope) => ({ value: scope.id, label: scope.name }))}
        checked={filter.scopes}
      />
      <ChoiceFieldset
        legend={t('overview.granularity')}
        name="granularity"
        type="radio"
        options={(['month', 'week', 'day'] as const).map((g) => ({
          value: g,
          label: t(`overview.granularity.${g}`),
        }))}
        checked={[filter.granularity]}
      />
      <ChoiceFieldset
        legend={t('overview.view')}
        name="view"
        type="radio"
        options={(['registered', 'cohort'] as const).map((v) => ({
          value: v,
          label: t(`overview.view.${v}`),
        }))}
        checked={[filter.view]}
      />
      <ChoiceFieldset
        legend={t('overview.chartType')}
        name="chart"
        type="radio"
        options={(['line', 'bar'] as const).map((c) => ({ value: c, label: t(`overview.${c}`) }))}
        checked={[filter.chart]}
      >
        <label htmlFor="o-to">{t('overview.to')}</label>
        <input id="o-to" type="date" name="to" defaultValue={to} />
      </ChoiceFieldset>
      <div>
        <button type="submit">{t('common.apply')}</button>
      </div>
    </form>
  );
}
