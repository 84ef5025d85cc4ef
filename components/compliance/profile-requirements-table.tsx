import type { ProfileDefinition } from '@/lib/compliance/profile-schema';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

/** A profile's requirements as read: level, scope, title and explanation, and the clause cited. */
export function ProfileRequirementsTable({
  definition,
  locale,
  t,
}: {
  definition: ProfileDefinition;
  locale: Locale;
  t: Translate;
}) {
  return (
    <table data-testid="profile-requirements">
      <thead>
        <tr>
          <th scope="col">{t('compliance.requirement')}</th>
          <th scope="col">{t('compliance.level')}</th>
          <th scope="col">{t('compliance.editor.appliesTo')}</th>
          <th scope="col">{t('compliance.source')}</th>
        </tr>
      </thead>
      <tbody>
        {definition.requirements.map((r) => (
          <tr key={r.id} data-requirement={r.id}>
            <td>
              <strong>{r.title[locale]}</strong> <code>{r.id}</code>
              <br />
              <span className="muted">{r.explanation[locale]}</span>
            </td>
            <td>{t(`compliance.level.${r.level}`)}</td>
            <td>{t(`compliance.editor.appliesTo.${r.appliesTo}`)}</td>
            <td>{r.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
