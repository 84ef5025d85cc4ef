import { normalizeDomain } from '@/audit/domain-name';
import { ImportForm } from '@/components/import/import-form';
import { importLabels } from '@/components/import/import-labels';
import { pageContext } from '@/lib/auth/page-context';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * `?domain=` (the DMARC reports page's "Register" link) fills the paste box with that domain; only a
 * valid domain name is taken, in its Unicode form, and nothing is imported until the editor checks
 * and confirms it.
 */
function prefilledDomain(value: string | string[] | undefined): string {
  if (typeof value !== 'string' || value.length > 253) return '';
  const name = normalizeDomain(value);
  return name.ok ? name.unicode : '';
}

export default async function ImportPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ locale, t }, params] = await Promise.all([pageContext('editor'), searchParams]);
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="intro">{t('import.intro')}</p>
      <ImportForm labels={importLabels(t)} locale={locale} initialText={prefilledDomain(params.domain)} />
    </>
  );
}
