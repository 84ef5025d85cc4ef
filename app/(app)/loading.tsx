import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';

export default async function Loading() {
  const t = translator(await currentLocale());
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {t('state.loading')}
    </div>
  );
}
