import { z } from 'zod';
import { ExceptionsTable } from '@/components/compliance/exceptions-table';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { EXPIRING_WITHIN_DAYS } from '@/lib/compliance/expiring-soon';
import { findExpiringExceptions } from '@/lib/queries/find-expiring-exceptions';

export const dynamic = 'force-dynamic';

const query = z.object({
  days: z.coerce.number().int().min(1).max(3650).catch(EXPIRING_WITHIN_DAYS).default(EXPIRING_WITHIN_DAYS),
});

/** Approved exceptions that expire soon, of the groups and domains the viewer may see. */
export default async function ExpiringExceptionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ days }, { user, viewer, locale, t }] = await Promise.all([
    searchParams.then((params) => query.parse(params)),
    pageContext(),
  ]);
  const items = await findExpiringExceptions(viewer, { withinDays: days });
  return (
    <>
      <h1>{t('exceptions.title')}</h1>
      <p className="muted small">{t('exceptions.intro')}</p>
      <form method="get" className="filters">
        <label>
          {t('exceptions.withinDays')}{' '}
          <input type="number" name="days" min={1} max={3650} defaultValue={days} />
        </label>
        <button type="submit">{t('exceptions.show')}</button>
      </form>
      <h2>{t('exceptions.expiringTitle', { days })}</h2>
      {items.length === 0 ? (
        <p className="empty">{t('exceptions.noneExpiring')}</p>
      ) : (
        <ExceptionsTable items={items} locale={locale} t={t} canDecide={hasRole(user.role, 'editor')} />
      )}
    </>
  );
}
