import { ConfirmActionButton } from '@/components/confirm-action-button';
import { ScanNowButton } from '@/components/scan-now-button';
import { archiveDomainAction } from '@/lib/actions/archive-domain';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainScorecard } from '@/lib/queries/get-domain-scorecard';
import { DomainGroupsForm } from './domain-groups-form';

interface Props {
  domain: Pick<DomainScorecard, 'id' | 'unicode' | 'groups'>;
  /** Every group the domain may join (listFilterOptions). */
  groups: Array<{ id: string; name: string }>;
  t: Translate;
}

/**
 * What an admin can do to the domain: its groups, a scan now, archiving. The forms are client
 * components, so they get `labels` made here, not `t`. Each action checks the role again.
 */
export function DomainAdminActions({ domain, groups, t }: Props) {
  return (
    <>
      <DomainGroupsForm
        domainId={domain.id}
        groups={groups}
        current={domain.groups.map((g) => g.id)}
        labels={{
          legend: t('groups.domainGroups'),
          save: t('common.save'),
          saved: t('groups.domainGroupsSaved'),
        }}
      />
      <ScanNowButton
        domainId={domain.id}
        labels={{ scanNow: t('domain.scanNow'), scanning: t('domain.scanning'), done: t('domain.scanDone') }}
      />
      <ConfirmActionButton
        action={archiveDomainAction.bind(null, domain.id)}
        label={t('domain.archive')}
        confirm={t('domain.archiveConfirm', { domain: domain.unicode })}
      />
    </>
  );
}
