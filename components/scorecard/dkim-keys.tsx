import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainScorecard } from '@/lib/queries/get-domain-scorecard';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';

type ReportKey = NonNullable<ScorecardReport['dkim']>['keys'][number];

interface Props {
  history: DomainScorecard['dkimKeys'];
  current: ReportKey[];
  now: Date;
  locale: Locale;
  t: Translate;
}

const DAY = 24 * 3600 * 1000;
/** Past this age a key is called out as not rotated (M3AAWG recommends rotating at least yearly). */
const ROTATE_AFTER_DAYS = 180;

interface Row {
  key: string;
  selector: string;
  type: string | null;
  bits: number | null;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  current: boolean;
}

function rowsOf(history: Props['history'], current: ReportKey[]): Row[] {
  const now = new Set(current.map((k) => `${k.selector}/${k.fingerprint}`));
  if (history.length > 0)
    return history.map((k) => ({
      ...k,
      key: `${k.selector}/${k.fingerprint}`,
      current: now.has(`${k.selector}/${k.fingerprint}`),
    }));
  return current.map((k) => ({
    key: `${k.selector}/${k.fingerprint}`,
    selector: k.selector,
    type: k.type,
    bits: k.bits,
    firstSeenAt: null,
    lastSeenAt: null,
    current: true,
  }));
}

/** DKIM keys with type, size, first/last seen and age; a key older than ~6 months is flagged. */
export function DkimKeys({ history, current, now, locale, t }: Props) {
  const rows = rowsOf(history, current);
  if (rows.length === 0) return <p>{t('domain.dkimNone')}</p>;
  return (
    <table>
      <caption className="visually-hidden">{t('domain.dkimKeys')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('domain.dkimSelector')}</th>
          <th scope="col">{t('domain.dkimType')}</th>
          <th scope="col">{t('domain.dkimBits')}</th>
          <th scope="col">{t('domain.dkimFirstSeen')}</th>
          <th scope="col">{t('domain.dkimLastSeen')}</th>
          <th scope="col">{t('domain.dkimAge')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const days = row.firstSeenAt ? Math.floor((now.getTime() - row.firstSeenAt.getTime()) / DAY) : null;
          return (
            <tr key={row.key} className={row.current ? undefined : 'muted'}>
              <th scope="row">
                <code>{row.selector}</code>
              </th>
              <td>{row.type ?? '—'}</td>
              <td className={row.bits !== null && row.bits < 1024 ? 'count-error' : undefined}>
                {row.bits ? t('domain.bits', { bits: row.bits }) : '—'}
              </td>
              <td>{row.firstSeenAt ? formatDateTime(row.firstSeenAt, locale) : '—'}</td>
              <td>{row.lastSeenAt ? formatDateTime(row.lastSeenAt, locale) : '—'}</td>
              <td>
                {days === null ? (
                  '—'
                ) : row.current && days >= ROTATE_AFTER_DAYS ? (
                  <span className="count-warning">{t('domain.dkimNotRotated', { days })}</span>
                ) : (
                  t('domain.dkimDays', { days })
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
