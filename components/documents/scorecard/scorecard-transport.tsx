import { Fragment } from 'react';
import { describeDomainDnssec, describeMxHost } from '@/components/scorecard/describe-mx-host';
import { bimiFacts, type Fact, mtaStsFacts, tlsRptFacts } from '@/components/scorecard/transport-facts';
import type { Translate } from '@/lib/i18n/translate';
import { boundedText } from './bounded-text';
import type { SectionProps } from './scorecard-sections';

/** Server and DNS text cut to a printable length; React makes it a text node. */
const printable = (text: string, t: Translate) =>
  boundedText(text, (count) => t('exports.truncated', { count }));

function Part({
  title,
  facts,
  status,
  t,
}: {
  title: string;
  facts: Fact[] | null;
  status?: string;
  t: Translate;
}) {
  return (
    <>
      <h3>{title}</h3>
      {facts === null ? (
        <p className="muted">{t('transport.notChecked')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('transport.state')}</dt>
          <dd>{status}</dd>
          {facts.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{printable(value, t)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </>
  );
}

/** MTA-STS, TLS-RPT and BIMI as the scorecard page shows them, from the export object. */
export function TransportSection({ data, locale, t }: SectionProps) {
  const transport = data.transport;
  if (!transport) return null;
  const { mtaSts, tlsRpt, bimi } = transport;
  const status = (section: { status: 'complete' | 'partial' | 'skipped' } | null) =>
    section ? t(`transport.status.${section.status}`) : undefined;
  return (
    <section data-testid="transport-section">
      <h2>{t('transport.title')}</h2>
      <Part
        title={t('transport.mtaSts')}
        facts={mtaSts && mtaStsFacts(mtaSts, locale, t)}
        status={status(mtaSts)}
        t={t}
      />
      <Part
        title={t('transport.tlsRpt')}
        facts={tlsRpt && tlsRptFacts(tlsRpt, t)}
        status={status(tlsRpt)}
        t={t}
      />
      <Part title={t('transport.bimi')} facts={bimi && bimiFacts(bimi, t)} status={status(bimi)} t={t} />
    </section>
  );
}

/** DNSSEC of the domain, then per MX host its DNSSEC, TLSA with the DANE verdict, and STARTTLS. */
export function MxTransportSection({ data, locale, t }: SectionProps) {
  const transport = data.transport;
  if (!transport || (!transport.dnssec && transport.smtpProbe === null && transport.mxHosts.length === 0))
    return null;
  const { dnssec } = transport;
  const rows = transport.mxHosts.map((host) => describeMxHost(host, locale, t));
  return (
    <section data-testid="mx-transport-section">
      <h2>{t('mxTransport.title')}</h2>
      <p>
        {t('mxTransport.domain')}: {describeDomainDnssec(dnssec, t)}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('mxTransport.noMx')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('mxTransport.host')}</th>
              <th>{t('mxTransport.hostDnssec')}</th>
              <th>{t('mxTransport.tlsa')}</th>
              <th>{t('mxTransport.certificate')}</th>
              <th>{t('mxTransport.starttls')}</th>
              <th>{t('mxTransport.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.host}>
                <td>
                  <code>{row.host}</code>
                </td>
                <td>{row.dnssec}</td>
                <td>
                  <pre className="record">{row.tlsa}</pre>
                </td>
                <td>{row.certificate}</td>
                <td>{printable(row.starttls, t)}</td>
                <td>{row.expires}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {transport.smtpProbe === 'skipped' && (
        <p className="muted">
          {t('mxTransport.starttls')}: {t('mxTransport.probeOff')}
        </p>
      )}
    </section>
  );
}
