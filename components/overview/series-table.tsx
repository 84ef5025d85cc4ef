import { formatNumber } from '@/lib/i18n/format';
import { formatAdoptionPercent } from '@/lib/i18n/format-adoption-percent';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

export interface SeriesTableRow {
  label: string;
  cells: Array<{
    percent: number | null;
    adopted: number;
    known: number;
    unknown: number;
    domains: number;
  } | null>;
}

interface Props {
  caption: string;
  scopes: string[];
  rows: SeriesTableRow[];
  locale: Locale;
  t: Translate;
}

/** The chart's numbers as a table: the accessible alternative, and what people copy into reports. */
export function SeriesTable({ caption, scopes, rows, locale, t }: Props) {
  return (
    <div className="table-scroll">
      <table data-testid="series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.period')}</th>
            {scopes.map((scope) => (
              <th key={scope} scope="col" className="num">
                {scope}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the scope columns
                <td key={i} className="num">
                  {cell ? (
                    <>
                      {formatAdoptionPercent(cell, locale, t)}
                      <br />
                      <span className="muted small">
                        {formatNumber(cell.adopted, locale)} / {formatNumber(cell.known, locale)}
                        {cell.unknown > 0 &&
                          ` · ${t('overview.unknown', { count: formatNumber(cell.unknown, locale) })}`}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
