import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContactForm } from '@/components/owners/contact-form';
import { ContactList } from '@/components/owners/contact-list';
import { ScorecardMailList } from '@/components/owners/scorecard-mail-list';
import { ScorecardScheduleForm } from '@/components/owners/scorecard-schedule-form';
import { StatusLinkPanel } from '@/components/owners/status-link-panel';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { formatDateTime, kensaTimeZone } from '@/lib/i18n/format';
import { getGroupOwners } from '@/lib/queries/get-group-owners';

export const dynamic = 'force-dynamic';

export default async function GroupOwnersPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const owners = await getGroupOwners(viewer, id);
  if (!owners) notFound();
  const { group } = owners;
  const editor = hasRole(user.role, 'editor');
  return (
    <>
      <h1>{t('owners.title', { group: group.name })}</h1>
      <p>
        <Link href={`/groups/${group.id}`}>{group.name}</Link>
      </p>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('owners.contacts')}</h2>
        <p className="muted">{t('owners.contactsHelp')}</p>
        <ContactList groupId={group.id} contacts={owners.contacts} editable={editor} t={t} />
        {editor && (
          <ContactForm
            groupId={group.id}
            labels={{
              name: t('owners.name'),
              email: t('owners.email'),
              language: t('owners.language'),
              ja: t('owners.language.ja'),
              en: t('owners.language.en'),
              role: t('owners.role'),
              add: t('owners.add'),
              emailTaken: t('owners.emailTaken'),
              invalid: t('owners.invalid'),
            }}
          />
        )}
      </section>
      <section aria-labelledby="scorecard-heading">
        <h2 id="scorecard-heading">{t('owners.schedule')}</h2>
        {editor ? (
          <ScorecardScheduleForm
            groupId={group.id}
            current={group.scorecardSchedule}
            labels={{
              legend: t('owners.schedule'),
              help: t('owners.scheduleHelp', { timeZone: kensaTimeZone() }),
              off: t('owners.schedule.off'),
              weekly: t('owners.schedule.weekly'),
              monthly: t('owners.schedule.monthly'),
              save: t('common.save'),
              saved: t('common.saved'),
            }}
          />
        ) : (
          <p>{t(`owners.schedule.${group.scorecardSchedule}`)}</p>
        )}
        <ScorecardMailList mails={owners.mails} locale={locale} t={t} />
      </section>
      <section aria-labelledby="public-heading">
        <h2 id="public-heading">{t('owners.publicPage')}</h2>
        <p className="muted">{t('owners.publicHelp')}</p>
        {editor ? (
          <StatusLinkPanel
            groupId={group.id}
            openSince={
              group.statusLinkSetAt &&
              t('owners.publicOn', { when: formatDateTime(group.statusLinkSetAt, locale, 'minutes') })
            }
            labels={{
              off: t('owners.publicOff'),
              enable: t('owners.publicEnable'),
              rotate: t('owners.publicRotate'),
              revoke: t('owners.publicRevoke'),
              newLink: t('owners.publicNewLink'),
            }}
          />
        ) : (
          <p>
            {group.statusLinkSetAt
              ? t('owners.publicOn', { when: formatDateTime(group.statusLinkSetAt, locale, 'minutes') })
              : t('owners.publicOff')}
          </p>
        )}
      </section>
    </>
  );
}
