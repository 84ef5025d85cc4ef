import Link from 'next/link';
import { allFindingIds } from '@/lib/findings/finding-definition';
import type { Translate } from '@/lib/i18n/translate';
import { type DomainListFilter, METRICS } from '@/lib/queries/domain-list-filter';
import type { FilterOptions } from '@/lib/queries/list-filter-options';

interface Props {
  filter: DomainListFilter;
  options: FilterOptions;
  t: Translate;
}

/** The domains filters as a plain GET form: works without JavaScript, and the URL holds the state. */
export function DomainFilters({ filter, options, t }: Props) {
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    choices: Array<[string, string]>,
    any = true,
  ) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ''}>
        {any && <option value="">{t('common.any')}</option>}
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <search aria-label={t('domains.filters')}>
      <form method="get" action="/" className="panel filters">
        <div className="field wide">
          <label htmlFor="f-q">{t('domains.search')}</label>
          <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={253} />
        </div>
        {select(
          'group',
          t('domains.group'),
          filter.group,
          options.groups.map((g) => [g.id, g.name]),
        )}
        {select(
          'tag',
          t('domains.tag'),
          filter.tag,
          options.tags.map((tag) => [tag, tag]),
        )}
        {select(
          'metric',
          t('domains.metric'),
          filter.metric,
          METRICS.map((m) => [m, t(`metric.${m}`)]),
        )}
        {select(
          'value',
          t('domains.metricValue'),
          filter.value,
          [
            ['no', t('flag.no')],
            ['yes', t('flag.yes')],
            ['unknown', t('flag.unknown')],
          ],
          false,
        )}
        {select(
          'finding',
          t('domains.finding'),
          filter.finding,
          allFindingIds().map((id) => [id, id]),
        )}
        {select('severity', t('domains.severity'), filter.severity, [
          ['error', t('domains.severity.error')],
          ['warning', t('domains.severity.warning')],
          ['clean', t('domains.severity.clean')],
        ])}
        {select('stale', t('domains.staleness'), filter.stale, [
          ['stale', t('domains.staleness.stale')],
          ['fresh', t('domains.staleness.fresh')],
        ])}
        {select(
          'sort',
          t('domains.sort'),
          filter.sort,
          (['name', 'lastScan', 'errors', 'warnings'] as const).map((s) => [s, t(`domains.sort.${s}`)]),
          false,
        )}
        {select(
          'dir',
          t('domains.dir'),
          filter.dir,
          [
            ['asc', t('domains.dir.asc')],
            ['desc', t('domains.dir.desc')],
          ],
          false,
        )}
        <div className="field actions">
          <button type="submit">{t('common.apply')}</button>
          <Link href="/">{t('common.reset')}</Link>
        </div>
      </form>
    </search>
  );
}
