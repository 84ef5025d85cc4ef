import Link from 'next/link';
import { DomainName } from '@/components/domain-name';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ExceptionItem } from '@/lib/queries/exception-row';
import { DecideException } from './decide-exception';

interface Props {
  items: ExceptionItem[];
  locale: Locale;
  t: Translate;
  /** Editors and admins get approve/revoke buttons (the core still checks four eyes and scope). */
  canDecide: boolean;
}

const ERRORS = [
  'invalid',
  'not-found',
  'not-pending',
  'same-person',
  'forbidden',
  'already-expired',
  'not-revocable',
] as const;

/** Exceptions with their subject, reason, people, days and state (the group page, the expiring list). */
export function ExceptionsTable({ items, locale, t, canDecide }: Props) {
  if (items.length === 0) return <p className="empty">{t('exceptions.none')}</p>;
  const labels = {
    approve: t('exceptions.approve'),
    revoke: t('exceptions.revoke'),
    errors: Object.fromEntries(ERRORS.map((e) => [e, t(`exceptions.error.${e}`)])) as Record<
      (typeof ERRORS)[number],
      string
    >,
  };
  return (
    <table data-testid="exceptions">
      <thead>
        <tr>
          <th scope="col">{t('exceptions.subject')}</th>
          <th scope="col">{t('exceptions.requirement')}</th>
          <th scope="col">{t('exceptions.justification')}</th>
          <th scope="col">{t('exceptions.requestedBy')}</th>
          <th scope="col">{t('exceptions.approvedBy')}</th>
          <th scope="col">{t('exceptions.startsOn')}</th>
          <th scope="col">{t('exceptions.expiresOn')}</th>
          <th scope="col">{t('exceptions.state')}</th>
          {canDecide && <td />}
        </tr>
      </thead>
      <tbody>
        {items.map((x) => (
          <tr key={x.id} data-exception={x.id} data-state={x.state}>
            <th scope="row">
              {x.subject.kind === 'domain' ? (
                <Link href={`/domains/${x.subject.id}`}>
                  <DomainName ascii={x.subject.ascii} unicode={x.subject.unicode} />
                </Link>
              ) : (
                <Link href={`/groups/${x.subject.id}/compliance`}>
                  {x.subject.name} ({t('exceptions.wholeGroup')})
                </Link>
              )}
            </th>
            <td>
              {x.profileName[locale]}: {x.requirementTitle?.[locale] ?? x.requirement}
            </td>
            <td className="small">{x.justification}</td>
            <td>{x.requestedBy?.label ?? '—'}</td>
            <td>{x.approvedBy?.label ?? '—'}</td>
            <td>{x.startsOn}</td>
            <td>{x.expiresOn}</td>
            <td data-testid="exception-state">{t(`exceptions.state.${x.state}`)}</td>
            {canDecide && (
              <td>
                <DecideException
                  exceptionId={x.id}
                  canApprove={x.state === 'pending'}
                  canRevoke={x.state === 'pending' || x.state === 'scheduled' || x.state === 'in_force'}
                  labels={labels}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
