import type { Translate } from '@/lib/i18n/translate';
import type { OverviewFilter } from '@/lib/queries/overview-filter';

interface Props {
  filter: OverviewFilter;
  to: string;
  groups: Array<{ id: string; name: string }>;
  t: Translate;
}

/** The overview's choices as a GET form, so a view can be bookmarked or put on a projector as is. */
export function OverviewControls({ filter, to, groups, t }: Props) {
  const scopes = [{ id: 'all', name: t('overview.allDomains') }, ...groups];
  return (
    <form
      method="get"
      action="/overview"
      className="panel overview-controls"
      aria-label={t('overview.controls')}
    >
      <input type="hidden" name="metric" value={filter.metric} />
      <fieldset>
        <legend>{t('overview.groups')}</legend>
        {scopes.map((scope) => (
          <label key={scope.id} className="check">
            <input
              type="checkbox"
              name="scopes"
              value={scope.id}
              defaultChecked={filter.scopes.includes(scope.id)}
            />{' '}
            {scope.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('overview.granularity')}</legend>
        {(['month', 'week', 'day'] as const).map((g) => (
          <label key={g} className="check">
            <input type="radio" name="granularity" value={g} defaultChecked={filter.granularity === g} />{' '}
            {t(`overview.granularity.${g}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('overview.view')}</legend>
        {(['registered', 'cohort'] as const).map((v) => (
          <label key={v} className="check">
            <input type="radio" name="view" value={v} defaultChecked={filter.view === v} />{' '}
            {t(`overview.view.${v}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('overview.chartType')}</legend>
        {(['line', 'bar'] as const).map((c) => (
          <label key={c} className="check">
            <input type="radio" name="chart" value={c} defaultChecked={filter.chart === c} />{' '}
            {t(`overview.${c}`)}
          </label>
        ))}
        <label htmlFor="o-to">{t('overview.to')}</label>
        <input id="o-to" type="date" name="to" defaultValue={to} />
      </fieldset>
      <div>
        <button type="submit">{t('common.apply')}</button>
      </div>
    </form>
  );
}
