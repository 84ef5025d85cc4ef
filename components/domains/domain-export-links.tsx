import { DOMAIN_EXPORT_FORMAT_NAMES, type DomainExportFormat } from '@/lib/exports/domain-export-format';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainListFilter } from '@/lib/queries/domain-list-filter';

/** The export URL of the domains the table's filters select (its sort and page do not apply). */
function exportHref(filter: DomainListFilter, format: DomainExportFormat): string {
  const { q, group, tag, metric, value, finding, severity, stale } = filter;
  const params = new URLSearchParams({ format });
  const selection = { q, group, tag, metric, value: metric ? value : undefined, finding, severity, stale };
  for (const [key, v] of Object.entries(selection)) if (v) params.set(key, v);
  return `/api/v1/exports/domains?${params}`;
}

/** Download links for every domain matching the current filters, in each export format. */
export function DomainExportLinks({
  filter,
  count,
  t,
}: {
  filter: DomainListFilter;
  /** The number of matches, formatted as the page shows it. */
  count: string;
  t: Translate;
}) {
  return (
    <p className="muted" data-testid="domain-export">
      {t('exports.domains', { count })}{' '}
      {DOMAIN_EXPORT_FORMAT_NAMES.map((format, index) => (
        <span key={format}>
          {index > 0 && ' · '}
          {/* A download, not a page: the client router must not try to navigate to it. */}
          <a href={exportHref(filter, format)} download>
            {t(`exports.${format}`)}
          </a>
        </span>
      ))}
    </p>
  );
}
