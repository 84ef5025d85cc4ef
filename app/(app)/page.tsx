import Link from 'next/link';
import { AddDomainForm } from '@/components/add-domain-form';
import { DomainExportLinks } from '@/components/domains/domain-export-links';
import { DomainFilters } from '@/components/domains/domain-filters';
import { DomainTable } from '@/components/domains/domain-table';
import { Pager } from '@/components/pager';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { formatNumber } from '@/lib/i18n/format';
import { domainListHref, parseDomainListFilter } from '@/lib/queries/domain-list-filter';
import { DOMAIN_COUNT_CAP } from '@/lib/queries/domain-page-sql';
import { listDomainStates } from '@/lib/queries/list-domain-states';
import { listFilterOptions } from '@/lib/queries/list-filter-options';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DomainsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = parseDomainListFilter(params);
  const { user, viewer, locale, t } = await pageContext();
  const [page, options] = await Promise.all([listDomainStates(viewer, filter), listFilterOptions(viewer)]);
  const filtered = Object.keys(await searchParams).some(
    (key) => !['page', 'sort', 'dir', 'size', 'count'].includes(key),
  );
  // Beyond the cap the page says "1,000+" and offers the exact count (docs/scale.md).
  const count =
    page.total === null ? `${formatNumber(DOMAIN_COUNT_CAP, locale)}+` : formatNumber(page.total, locale);
  return (
    <>
      <div className="page-head">
        <h1>{t('domains.title')}</h1>
        <p className="muted" aria-live="polite">
          {t('common.results', { count })}
          {page.total === null && (
            <>
              {' · '}
              <Link href={domainListHref({ ...filter, count: 'exact' })} data-testid="count-exactly">
                {t('domains.countExactly')}
              </Link>
            </>
          )}
        </p>
      </div>
      {params.error === 'forbidden' && (
        <p className="error" role="alert">
          {t('state.forbidden')}
        </p>
      )}
      {hasRole(user.role, 'editor') && (
        <div className="add-row">
          <AddDomainForm labels={{ add: t('domains.add'), placeholder: t('domains.addPlaceholder') }} />
          <Link href="/import">{t('domains.importLink')}</Link>
        </div>
      )}
      <DomainFilters filter={filter} options={options} t={t} />
      {page.total === 0 ? (
        <p className="empty">{filtered ? t('domains.noMatch') : t('domains.empty')}</p>
      ) : (
        <>
          <DomainExportLinks filter={filter} count={count} t={t} />
          <DomainTable rows={page.rows} count={count} filter={filter} locale={locale} t={t} />
          <Pager
            page={filter.page}
            pages={page.pages}
            hrefFor={(n) => domainListHref({ ...filter, page: n })}
            labels={{
              previous: t('common.previous'),
              next: t('common.next'),
              nav: t('common.pagination'),
              pageOf:
                page.total === null
                  ? t('common.pageN', { page: formatNumber(filter.page, locale) })
                  : t('common.pageOf', {
                      page: formatNumber(filter.page, locale),
                      pages: formatNumber(page.pages, locale),
                    }),
            }}
          />
        </>
      )}
    </>
  );
}
