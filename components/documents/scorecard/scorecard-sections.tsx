import { dmarcPolicyWords } from '@/components/scorecard/dmarc-policy-words';
import type { ScorecardExport } from '@/lib/exports/scorecard-export-schema';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { boundedText } from './bounded-text';

export interface SectionProps {
  data: ScorecardExport;
  locale: Locale;
  t: Translate;
}

/** DNS text as a text node (React escapes it), wrapped and cut to a printable length. */
function Record({ text, t }: { text: string; t: Translate }) {
  return <pre className="record">{boundedText(text, (count) => t('exports.truncated', { count }))}</pre>;
}

function RecordList({ records, t }: { records: string[]; t: Translate }) {
  if (records.length === 0) return <span className="muted">{t('domain.recordNone')}</span>;
  // biome-ignore lint/suspicious/noArrayIndexKey: records may repeat verbatim
  return records.map((record, i) => <Record key={i} text={record} t={t} />);
}

export function RecordsSection({ data, t }: SectionProps) {
  const records = data.records;
  if (!records) return null;
  const mx = records.mx.map((r) => `${r.preference} ${r.exchange || '.'}`);
  return (
    <section>
      <h2>{t('domain.records')}</h2>
      <dl className="facts">
        <dt>{t('domain.spfRecord')}</dt>
        <dd>
          <RecordList records={records.spf} t={t} />
        </dd>
        <dt>{t('domain.dmarcRecord')}</dt>
        <dd>
          <RecordList records={records.dmarc ? [records.dmarc] : []} t={t} />
        </dd>
        <dt>{t('domain.mxRecords')}</dt>
        <dd>
          <RecordList records={mx.length ? [mx.join('\n')] : []} t={t} />
        </dd>
        <dt>{t('domain.adspRecord')}</dt>
        <dd>
          <RecordList records={records.adsp ? [records.adsp] : []} t={t} />
        </dd>
        <dt>{t('domain.senderIdRecord')}</dt>
        <dd>
          <RecordList records={records.senderId} t={t} />
        </dd>
      </dl>
    </section>
  );
}

export function SpfSection({ data, t }: SectionProps) {
  const spf = data.spf;
  if (!spf || spf.tree.length === 0) return null;
  return (
    <section>
      <h2>{t('domain.spfTree')}</h2>
      <p>
        <span className={spf.lookups > spf.lookupLimit ? 'warn' : undefined}>
          {t('domain.spfLookups', { count: spf.lookups })}
        </span>
        {' · '}
        <span className={spf.voidLookups > spf.voidLookupLimit ? 'warn' : undefined}>
          {t('domain.spfVoid', { count: spf.voidLookups })}
        </span>
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('exports.spfTerm')}</th>
            <th>{t('exports.spfDomain')}</th>
            <th>{t('exports.spfNodeLookups')}</th>
          </tr>
        </thead>
        <tbody>
          {spf.tree.map((node, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same include can appear twice
            <tr key={i}>
              <td style={{ paddingLeft: `${node.depth * 4}mm` }}>
                <code>{node.term ?? node.domain}</code>
                {node.error && <span className="warn"> {node.error}</span>}
              </td>
              <td>{node.domain}</td>
              <td>{node.lookups}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DmarcSection({ data, t }: SectionProps) {
  return (
    <section>
      <h2>{t('domain.dmarcPolicy')}</h2>
      <ul>
        {dmarcPolicyWords(data.dmarc, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

export function DkimSection({ data, locale, t }: SectionProps) {
  const keys = data.dkim.published;
  return (
    <section>
      <h2>{t('domain.dkimKeys')}</h2>
      {keys.length === 0 ? (
        <p>{t('domain.dkimNone')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('domain.dkimSelector')}</th>
              <th>{t('domain.dkimType')}</th>
              <th>{t('domain.dkimBits')}</th>
              <th>{t('domain.dkimFirstSeen')}</th>
              <th>{t('domain.dkimAge')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={`${key.selector}/${key.fingerprint}`}>
                <td>
                  <code>{key.selector}</code>
                </td>
                <td>{key.type ?? '—'}</td>
                <td className={key.bits !== null && key.bits < 1024 ? 'warn' : undefined}>
                  {key.bits ? t('domain.bits', { bits: key.bits }) : '—'}
                </td>
                <td>{key.firstSeenAt ? formatDateTime(new Date(key.firstSeenAt), locale) : '—'}</td>
                <td>{key.ageDays === null ? '—' : t('domain.dkimDays', { days: key.ageDays })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
