import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import type { AuditEventFilter } from '@/lib/queries/audit-event-filter';
import { AUDIT_ACTION_PREFIXES, auditActionLabel, LABELLED_AUDIT_ACTIONS } from './audit-action-label';

const TARGET_TYPES = ['domain', 'group', 'scan-run', 'alert-rule', 'report', 'api-token', 'import', 'user'];

/** The audit log's filters as a plain GET form: the URL holds them, so a view can be bookmarked. */
export function AuditFilters({ filter, t }: { filter: AuditEventFilter; t: Translate }) {
  return (
    <search aria-label={t('audit.filter')}>
      <form method="get" action="/settings/audit" className="panel filters">
        <div className="field wide">
          <label htmlFor="f-actor">{t('audit.actor')}</label>
          <input
            id="f-actor"
            name="actor"
            type="search"
            defaultValue={filter.actor ?? ''}
            placeholder={t('audit.actorHint')}
            maxLength={320}
          />
        </div>
        <div className="field">
          <label htmlFor="f-action">{t('audit.action')}</label>
          <input
            id="f-action"
            name="action"
            type="search"
            list="audit-actions"
            defaultValue={filter.action ?? ''}
          />
          <datalist id="audit-actions">
            {[...AUDIT_ACTION_PREFIXES, ...LABELLED_AUDIT_ACTIONS].map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action, t) ?? action}
              </option>
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="f-target-type">{t('audit.targetType')}</label>
          <input
            id="f-target-type"
            name="targetType"
            type="search"
            list="audit-target-types"
            defaultValue={filter.targetType ?? ''}
          />
          <datalist id="audit-target-types">
            {TARGET_TYPES.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="f-target-id">{t('audit.targetId')}</label>
          <input
            id="f-target-id"
            name="targetId"
            type="search"
            defaultValue={filter.targetId ?? ''}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="f-from">{t('audit.from')}</label>
          <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="f-to">{t('audit.to')}</label>
          <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        <div className="field actions">
          <button type="submit">{t('common.apply')}</button>
          <Link href="/settings/audit">{t('common.reset')}</Link>
        </div>
      </form>
    </search>
  );
}
