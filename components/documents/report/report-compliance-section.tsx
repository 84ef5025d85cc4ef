import { formatNumber, formatPoints } from '@/lib/i18n/format';
import { formatAdoptionPercent } from '@/lib/i18n/format-adoption-percent';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import type {
  ComplianceFigure,
  ComplianceProfileSection,
} from '@/lib/reports/compliance-report-section-schema';
import { scopeName } from '@/lib/reports/report-labels';

/**
 * The report's compliance with the profiles each group follows: per group and profile, the share
 * compliant as a whole and per requirement (must / should) at the period end, with the changes.
 * Names and titles of administrators' own profiles are user text; React escapes them (page, PDF).
 */
export function ReportComplianceSection({ report, t }: { report: AdoptionReport; t: Translate }) {
  const section = report.compliance;
  if (section === undefined || section.scopes.length === 0) return null;
  return (
    <section data-testid="report-compliance">
      <h2>{t('report.sheet.compliance')}</h2>
      <p className="muted">{t('report.complianceNote')}</p>
      {section.scopes.map((scope) => (
        <div key={scope.scope} data-testid={`report-compliance-${scope.scope}`}>
          <h3>{scopeName(report, scope.scope, t)}</h3>
          {scope.profiles.length === 0 && <p>{t('report.compliance.noneFollowed')}</p>}
          {scope.profiles.map((profile) => (
            <ProfileTable key={profile.profileId} report={report} profile={profile} t={t} />
          ))}
        </div>
      ))}
    </section>
  );
}

function ProfileTable({
  report,
  profile,
  t,
}: {
  report: AdoptionReport;
  profile: ComplianceProfileSection;
  t: Translate;
}) {
  const { language } = report.selection;
  const cells = (f: ComplianceFigure) => (
    <>
      <td className="num" data-testid="report-compliance-percent">
        {formatAdoptionPercent(f.current, language, t)}
      </td>
      <td className="num">
        {f.current
          ? `${formatNumber(f.current.adopted, language)} / ${formatNumber(f.current.known, language)}`
          : '—'}
      </td>
      <td className="num">{f.current ? formatNumber(f.current.unknown, language) : '—'}</td>
      <td className="num">{f.exempted == null ? '—' : formatNumber(f.exempted, language)}</td>
      <td className="num" data-testid="report-compliance-change">
        {formatPoints(f.changePoints, language)}
      </td>
      <td className="num">{formatPoints(f.previousChangePoints, language)}</td>
    </>
  );
  return (
    <table data-profile={profile.profileId}>
      <caption>
        {profile.name[language]}{' '}
        <span className="muted">({t('compliance.version', { version: profile.version })})</span>
        {profile.day && <span className="muted"> · {t('report.asOf', { day: profile.day })}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('compliance.requirement')}</th>
          <th scope="col">{t('compliance.level')}</th>
          <th scope="col" className="num">
            {t('report.compliance.percent')}
          </th>
          <th scope="col" className="num">
            {t('compliance.counts')}
          </th>
          <th scope="col" className="num">
            {t('compliance.unknownCount')}
          </th>
          <th scope="col" className="num">
            {t('compliance.exemptedCount')}
          </th>
          <th scope="col" className="num">
            {t('report.changeStart', { day: profile.baselineDay ?? '—' })}
          </th>
          <th scope="col" className="num">
            {t('report.changePrevious')}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr data-requirement="">
          <td>
            <strong>{t('compliance.wholeProfile')}</strong>
          </td>
          <td>{t('compliance.level.must')}</td>
          {cells(profile.whole)}
        </tr>
        {profile.requirements.map((r) => (
          <tr key={r.id} data-requirement={r.id}>
            <td>{r.title[language]}</td>
            <td>{t(`compliance.level.${r.level}`)}</td>
            {cells(r)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
