import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';

/** A label and its value, both plain text: pages and documents render them as text nodes. */
export type Fact = [label: string, value: string];

type Bounded<T> = Omit<T, 'fetchProblem'> & { fetchProblem?: string | null };
type MtaSts = Bounded<NonNullable<ScorecardReport['mtaSts']>>;
type TlsRpt = NonNullable<ScorecardReport['tlsRpt']>;
type Bimi = Bounded<NonNullable<ScorecardReport['bimi']>>;

const yesNo = (value: boolean | null, t: Translate) =>
  value === null ? t('transport.unknown') : value ? t('transport.yes') : t('transport.no');

/** "fetched", "failed: <why>", "unknown: <why>"…, or nothing for a report stored before it was recorded. */
function fetchFact(section: MtaSts | Bimi, t: Translate): Fact[] {
  if (section.fetch === null)
    return section.fetchProblem ? [[t('transport.fetchProblem'), section.fetchProblem]] : [];
  const outcome = t(`transport.fetch.${section.fetch}`);
  return [
    [t('transport.fetchProblem'), section.fetchProblem ? `${outcome}: ${section.fetchProblem}` : outcome],
  ];
}

/** The MTA-STS record, policy (mode, mx patterns, max_age), uncovered MX hosts and fetch outcome. */
export function mtaStsFacts(section: MtaSts, locale: Locale, t: Translate): Fact[] {
  const { policy } = section;
  return [
    [t('transport.record'), section.record?.raw ?? t('transport.noRecord')],
    ...(policy
      ? ([
          [t('transport.mode'), policy.mode],
          [t('transport.mx'), policy.mx.join(', ')],
          [
            t('transport.maxAge'),
            t('transport.maxAgeDays', {
              seconds: formatNumber(policy.maxAge, locale),
              days: formatNumber(policy.maxAge / 86_400, locale, { max: 1 }),
            }),
          ],
        ] satisfies Fact[])
      : []),
    ...(section.uncoveredMx.length > 0
      ? [[t('transport.uncovered'), section.uncoveredMx.join(', ')] satisfies Fact]
      : []),
    ...(section.record ? fetchFact(section, t) : []),
  ];
}

/** The TLS-RPT record and where its reports go. */
export function tlsRptFacts(section: TlsRpt, t: Translate): Fact[] {
  return [
    [t('transport.record'), section.record?.raw ?? t('transport.noRecord')],
    ...(section.record ? [[t('transport.rua'), section.record.rua.join(', ')] satisfies Fact] : []),
  ];
}

/** The BIMI record (l=, a=), the logo check and fetch, and whether DMARC allows a logo. */
export function bimiFacts(section: Bimi, t: Translate): Fact[] {
  const { record } = section;
  return [
    [t('transport.record'), record?.raw ?? t('transport.noRecord')],
    ...(record
      ? ([
          [t('transport.logo'), record.location ?? '—'],
          [t('transport.authority'), record.authority ?? '—'],
          [t('transport.logoValid'), yesNo(section.logoValid, t)],
          [t('transport.dmarcEligible'), yesNo(section.dmarcEligible, t)],
          ...fetchFact(section, t),
        ] satisfies Fact[])
      : []),
  ];
}
