import type { Translate } from '@/lib/i18n/translate';

/** What a run scanned, from its stored scope ({"kind":"domain","ids":[…]} and the like). */
export function scopeText(scope: unknown, t: Translate): string {
  const s = (scope ?? {}) as { kind?: string; ids?: unknown[] };
  if (s.kind === 'domain') return t('scans.scope.domain', { count: Array.isArray(s.ids) ? s.ids.length : 0 });
  if (s.kind === 'group') return t('scans.scope.group');
  return t('scans.scope.all');
}
