import type { AdoptionFlags } from '@/lib/history/adoption-flags';
import { TRANSPORT_METRICS } from '@/lib/history/transport-adoption-flags';
import type { Translate } from '@/lib/i18n/translate';

/**
 * The six transport and brand metrics of one domain as compact badges (MTA-STS, TLS-RPT, BIMI,
 * DNSSEC, DANE, STARTTLS), coloured and marked ✓ / ✗ / ? like the other flags; the full metric
 * name and value are in the title and for screen readers. Unknown (never "no") when not measured.
 */
export function TransportBadges({ flags, t }: { flags: AdoptionFlags; t: Translate }) {
  return (
    <ul className="transport-badges">
      {TRANSPORT_METRICS.map((metric) => {
        const value = flags[metric];
        const [symbol, kind] = value === null ? ['?', 'unknown'] : value ? ['✓', 'yes'] : ['✗', 'no'];
        const said = `${t(`metric.${metric}`)}: ${t(`flag.${kind as 'yes' | 'no' | 'unknown'}`)}`;
        return (
          <li key={metric} className={`transport-badge flag-${kind}`} title={said} data-metric={metric}>
            <span aria-hidden="true">
              {t(`metricShort.${metric}`)} {symbol}
            </span>
            <span className="visually-hidden">{said}</span>
          </li>
        );
      })}
    </ul>
  );
}
