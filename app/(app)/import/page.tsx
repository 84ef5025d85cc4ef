import { ImportForm } from '@/components/import/import-form';
import { importLabels } from '@/components/import/import-labels';
import { pageContext } from '@/lib/auth/page-context';

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const { locale, t } = await pageContext('editor');
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="intro">{t('import.intro')}</p>
      <ImportForm labels={importLabels(t)} locale={locale} />
    </>
  );
}
