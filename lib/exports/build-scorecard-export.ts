import { providerName } from '@/lib/dmarc/sending-providers';
import { computeGrade } from '@/lib/findings/compute-grade';
import { findingDefinition } from '@/lib/findings/finding-definition';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';
import type { DmarcView } from '@/lib/queries/get-dmarc-view';
import type { DomainScorecard } from '@/lib/queries/get-domain-scorecard';
import type { ScorecardReport, SpfTreeView } from '@/lib/queries/scorecard-report';
import { buildScorecardTransport } from './build-scorecard-transport';
import type { ScorecardExport } from './scorecard-export-schema';

const DAY_MS = 86_400_000;
/** As on the page: deeper than this an include chain is a loop the audit already reported. */
const MAX_SPF_DEPTH = 12;
const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

type Severity = (typeof SEVERITY_ORDER)[number];
const severityOf = (value: string): Severity => SEVERITY_ORDER.find((s) => s === value) ?? 'info';

function spfTree(node: SpfTreeView, depth = 0): NonNullable<ScorecardExport['spf']>['tree'] {
  const self = {
    depth,
    domain: node.domain,
    via: node.via,
    term: node.term,
    lookups: node.lookups,
    error: node.error ?? null,
    record: node.record,
  };
  if (depth >= MAX_SPF_DEPTH) return [self];
  return [self, ...node.children.flatMap((child) => spfTree(child, depth + 1))];
}

function records(report: ScorecardReport): ScorecardExport['records'] {
  return {
    spf: report.spf?.records.length ? report.spf.records : report.spf?.record ? [report.spf.record] : [],
    dmarc: report.dmarc?.record ?? null,
    mx: report.mx?.records ?? [],
    nullMx: report.mx?.nullMx ?? false,
    adsp: report.adsp?.record ?? null,
    senderId: report.senderId?.records.map((r) => r.record) ?? [],
  };
}

function dkim(
  scorecard: DomainScorecard,
  report: ScorecardReport | null,
  now: Date,
): ScorecardExport['dkim'] {
  const firstSeen = new Map(scorecard.dkimKeys.map((k) => [`${k.selector}/${k.fingerprint}`, k.firstSeenAt]));
  return {
    published: (report?.dkim?.keys ?? []).map(({ record: _record, ...key }) => {
      const seen = firstSeen.get(`${key.selector}/${key.fingerprint}`) ?? null;
      return {
        ...key,
        firstSeenAt: seen?.toISOString() ?? null,
        ageDays: seen ? Math.floor((now.getTime() - seen.getTime()) / DAY_MS) : null,
      };
    }),
    history: scorecard.dkimKeys.map((k) => ({
      selector: k.selector,
      fingerprint: k.fingerprint,
      type: k.type,
      bits: k.bits,
      firstSeenAt: k.firstSeenAt.toISOString(),
      lastSeenAt: k.lastSeenAt.toISOString(),
    })),
  };
}

function findings(report: ScorecardReport, locale: Locale): ScorecardExport['findings'] {
  return report.findings
    .map((finding) => {
      const definition = findingDefinition(finding.id);
      return {
        id: finding.id,
        severity: severityOf(finding.severity),
        rfc: finding.rfc || definition?.rfc || '',
        title: definition?.title[locale] ?? finding.message,
        explanation: definition?.explanation[locale] ?? '',
        remediation: definition?.remediation[locale] ?? '',
        evidence: finding.evidence,
      };
    })
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

function dmarcReports({ period, summary, sources }: DmarcView): ScorecardExport['dmarcReports'] {
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    reports: summary.reports,
    messages: summary.messages,
    dmarcPass: summary.dmarcPass,
    dmarcFail: summary.messages - summary.dmarcPass,
    wouldBeRejected: summary.wouldBeRejected,
    wouldBeRejectedApproved: summary.wouldBeRejectedApproved,
    sources: sources.map((source) => ({
      ip: source.ip,
      reverseName: source.reverseName,
      reverseStatus: source.reverseStatus,
      provider: providerName(source.provider),
      messages: source.messages,
      spfAligned: source.spfAligned,
      dkimAligned: source.dkimAligned,
      approved: source.approved,
    })),
  };
}

/**
 * The scorecard export of a domain, built from exactly what getDomainScorecard read for the page:
 * the grade by the page's rule, the catalog's texts in `locale`, DNS text untouched (the PDF escapes
 * it, spreadsheets never see it). `dmarc` is the page's DMARC report panel (getDmarcView, same viewer).
 */
export function buildScorecardExport(
  scorecard: DomainScorecard,
  dmarc: DmarcView | null,
  locale: Locale,
  now: Date = new Date(),
): ScorecardExport {
  const t = translator(locale);
  const { report, state } = scorecard;
  const graded = report ? computeGrade(report.findings) : null;
  const fetched = state?.completeAt ?? (report?.checkedAt ? new Date(report.checkedAt) : null);
  return {
    version: 1,
    language: locale,
    generatedAt: now.toISOString(),
    domain: {
      id: scorecard.id,
      ascii: scorecard.ascii,
      unicode: scorecard.unicode,
      parked: scorecard.parked,
      tags: scorecard.tags,
      selectors: scorecard.selectors,
      notes: scorecard.notes,
      groups: scorecard.groups,
    },
    scan: {
      lastScanAt: state?.lastScanAt?.toISOString() ?? null,
      fetchedAt: fetched && !Number.isNaN(fetched.getTime()) ? fetched.toISOString() : null,
      status: report?.status ?? null,
      stale: Boolean(state?.stale),
      staleReason: state?.staleReason ?? null,
    },
    adoption: state?.adoption ?? null,
    grade: graded && {
      grade: graded.grade,
      rule: t('domain.gradeRule'),
      reasons: graded.reasons.map((reason) => ({
        id: reason.id,
        severity: reason.severity === 'error' ? ('error' as const) : ('warning' as const),
        title: findingDefinition(reason.id)?.title[locale] ?? reason.id,
      })),
    },
    records: report && records(report),
    spf: report?.spf
      ? {
          lookups: report.spf.lookups,
          lookupLimit: 10,
          voidLookups: report.spf.voidLookups,
          voidLookupLimit: 2,
          tree: report.spf.tree ? spfTree(report.spf.tree) : [],
        }
      : null,
    dmarc: report?.dmarc ?? null,
    transport: report && buildScorecardTransport(report),
    dkim: dkim(scorecard, report, now),
    findings: report ? findings(report, locale) : [],
    dmarcReports: dmarc && dmarcReports(dmarc),
  };
}
