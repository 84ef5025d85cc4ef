import { providerName } from '@/lib/dmarc/sending-providers';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from './adoption-report-schema';
import type { DmarcReportSource, DmarcScopeSection } from './dmarc-report-section-schema';
import { scopeName } from './report-labels';
import type { ReportCell, ReportTable } from './report-tables';

type Column = ReportTable['columns'][number];

/** A share of the messages as 0–100, null when there were none. */
export function shareOf(part: number, messages: number): number | null {
  return messages === 0 ? null : (part / messages) * 100;
}

/**
 * The report's DMARC section as tables (CSV sections, XLSX sheets): per scope the headline figures,
 * the reporting organisations, the busiest sources, the unapproved ones and the domains without
 * reports. Reporter names, IP addresses and reverse names come from reports (attacker-controlled):
 * they are plain text cells here, neutralised by the CSV and XLSX writers like every text cell.
 * None when the report has no DMARC section (stored before it existed).
 */
export function dmarcReportTables(report: AdoptionReport, t: Translate): ReportTable[] {
  const section = report.dmarcReports;
  if (section === undefined) return [];
  const name = (scope: string) => scopeName(report, scope, t);
  const text = (header: string): Column => ({ header, kind: 'text' });
  const countColumn = (header: string): Column => ({ header, kind: 'count' });
  const percentColumn = (header: string): Column => ({ header: `${header} (%)`, kind: 'percent' });
  const sourceColumns = [
    text(t('report.scope')),
    text(t('dmarcReports.ip')),
    text(t('dmarcReports.reverseName')),
    text(t('dmarcReports.provider')),
    countColumn(t('dmarcReports.messages')),
    percentColumn(t('dmarcReports.pass')),
    percentColumn(t('dmarcReports.spfAligned')),
    percentColumn(t('dmarcReports.dkimAligned')),
    text(t('dmarcReports.approved')),
  ];
  const sourceRows = (pick: (s: DmarcScopeSection) => DmarcReportSource[]) =>
    section.scopes.flatMap((s) => pick(s).map((source) => sourceRow(name(s.scope), source, t)));
  const shown = (list: (s: DmarcScopeSection) => [number, number]) => {
    const partial = section.scopes.filter((s) => list(s)[0] < list(s)[1]);
    return partial.length === 0
      ? {}
      : {
          note: partial
            .map(
              (s) =>
                `${name(s.scope)}: ${t('report.changesShown', { shown: list(s)[0], total: list(s)[1] })}`,
            )
            .join(' / '),
        };
  };
  return [
    {
      key: 'dmarcSummary',
      name: t('report.sheet.dmarcSummary'),
      note: t('report.dmarcNote'),
      columns: [
        text(t('report.scope')),
        countColumn(t('dmarcReports.reports')),
        countColumn(t('report.dmarc.organisations')),
        countColumn(t('dmarcReports.messages')),
        percentColumn(t('dmarcReports.pass')),
        percentColumn(t('dmarcReports.spfAligned')),
        percentColumn(t('dmarcReports.dkimAligned')),
        countColumn(t('report.dmarc.sources')),
        countColumn(t('report.dmarc.unapprovedSources')),
        countColumn(t('report.dmarc.withoutReports')),
      ],
      rows: section.scopes.map((s): ReportCell[] => [
        name(s.scope),
        s.reports,
        s.organisations,
        s.messages,
        shareOf(s.dmarcPass, s.messages),
        shareOf(s.spfAligned, s.messages),
        shareOf(s.dkimAligned, s.messages),
        s.sources,
        s.unapprovedSources,
        s.withoutReports.total,
      ]),
    },
    {
      key: 'dmarcReporters',
      name: t('report.sheet.dmarcReporters'),
      ...shown((s) => [s.reporters.length, s.organisations]),
      columns: [
        text(t('report.scope')),
        text(t('report.dmarc.organisation')),
        countColumn(t('dmarcReports.reports')),
        countColumn(t('dmarcReports.messages')),
      ],
      rows: section.scopes.flatMap((s) =>
        s.reporters.map((r) => [name(s.scope), r.name, r.reports, r.messages]),
      ),
    },
    {
      key: 'dmarcSources',
      name: t('report.sheet.dmarcSources'),
      ...shown((s) => [s.topSources.length, s.sources]),
      columns: sourceColumns,
      rows: sourceRows((s) => s.topSources),
    },
    {
      key: 'dmarcUnapproved',
      name: t('report.sheet.dmarcUnapproved'),
      ...shown((s) => [s.unapproved.length, s.unapprovedSources]),
      columns: sourceColumns,
      rows: sourceRows((s) => s.unapproved),
    },
    {
      key: 'dmarcWithoutReports',
      name: t('report.sheet.dmarcWithoutReports'),
      ...shown((s) => [s.withoutReports.domains.length, s.withoutReports.total]),
      columns: [text(t('report.scope')), text(t('report.domain'))],
      rows: section.scopes.flatMap((s) => s.withoutReports.domains.map((domain) => [name(s.scope), domain])),
    },
  ];
}

function sourceRow(scope: string, source: DmarcReportSource, t: Translate): ReportCell[] {
  return [
    scope,
    source.ip,
    source.reverseName,
    providerName(source.provider),
    source.messages,
    shareOf(source.dmarcPass, source.messages),
    shareOf(source.spfAligned, source.messages),
    shareOf(source.dkimAligned, source.messages),
    t(source.approved ? 'dmarcReports.yes' : 'dmarcReports.no'),
  ];
}
