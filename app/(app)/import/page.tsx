import { ImportForm } from '@/components/import/import-form';
import { importLabels } from '@/components/import/import-labels';
import { requireUser } from '@/lib/auth/require-user';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  await requireUser('admin');
  const t = translator(await currentLocale());
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="intro">{t('import.intro')}</p>
      <ImportForm labels={importLabels(t)} />
    </>
  );
}
